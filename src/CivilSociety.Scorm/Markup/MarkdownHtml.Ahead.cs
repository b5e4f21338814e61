using System.Collections.Concurrent;
using Markdig;

namespace CivilSociety.Scorm.Markup;

internal sealed partial class MarkdownHtml
{
    private Ahead? _ahead;

    /// <summary>
    /// Renders and parses these batches of fragments (one per quiz, in the order <see cref="Prepare"/> will be asked
    /// for them) on a thread of their own, a few quizzes ahead of the page: the machine's second core does Markdig and
    /// the parse while this one builds the page. The same fragments as <see cref="Prepare"/> makes; a batch asked for
    /// out of that order is made here, as before. An optimisation only; <see cref="StopAhead"/> ends it.
    /// </summary>
    public void PrepareAhead(IEnumerable<IReadOnlyList<string>> batches)
    {
        StopAhead();
        _ahead = new Ahead(pipeline, [.. batches]);
    }

    /// <summary>Stops the thread of <see cref="PrepareAhead"/> (at the latest when it is done) and drops what it made beyond.</summary>
    public void StopAhead()
    {
        _ahead?.Stop();
        _ahead = null;
    }

    /// <summary>
    /// The batches made on the other thread. Each is parsed into a scratch document of its own, which that thread
    /// never touches again once the batch is handed over: the page's thread then reads, copies or takes its nodes
    /// (<see cref="TakeNodes"/>), alone.
    /// </summary>
    private sealed class Ahead
    {
        /// <summary>How many batches may wait, made: enough to keep both threads busy, few enough to hold little memory.</summary>
        private const int Lookahead = 2;

        private readonly MarkdownPipeline _pipeline;
        private readonly IReadOnlyList<IReadOnlyList<string>> _batches;
        private readonly BlockingCollection<Dictionary<string, Fragment>> _made = new(Lookahead);
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _work;
        private int _next;

        public Ahead(MarkdownPipeline pipeline, IReadOnlyList<IReadOnlyList<string>> batches)
        {
            (_pipeline, _batches) = (pipeline, batches);
            _work = Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        /// <summary>The fragments of the next batch when it is <paramref name="texts"/>; null otherwise (then it is never used again).</summary>
        public Dictionary<string, Fragment>? Take(IReadOnlyList<string> texts)
        {
            if (_next >= _batches.Count || !_batches[_next].SequenceEqual(texts, StringComparer.Ordinal))
            {
                _next = _batches.Count;   // out of order: the rest is made on the page's thread
                return null;
            }

            _next++;
            if (_made.TryTake(out var made, Timeout.Infinite))
            {
                return made;
            }

            _work.GetAwaiter().GetResult();   // ended early: its exception, if any, is the page's
            return null;
        }

        public void Stop()
        {
            _stop.Cancel();
            try
            {
                _work.Wait();
            }
            catch (AggregateException)
            {
                // An optimisation that failed: a batch the page needed rethrew it (Take), any other was not needed.
            }
            finally
            {
                _stop.Dispose();
                _made.Dispose();
            }
        }

        private void Work()
        {
            var parser = HtmlParsers.Create();
            var htmlWriter = new HtmlWriter(_pipeline);
            try
            {
                foreach (var batch in _batches)
                {
                    _made.Add(MakeBatch(batch, _pipeline, parser, htmlWriter, parser.ParseDocument("")), _stop.Token);
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                // stopped: what is left is not needed
            }
            finally
            {
                _made.CompleteAdding();
            }
        }
    }
}
