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
    /// (<see cref="TakeNodes"/>), alone. A batch is claimed by whichever thread comes to it first: when the page asks
    /// for one the other thread has not begun (it may not even have started yet), the page makes it at once rather
    /// than wait for it.
    /// </summary>
    private sealed class Ahead
    {
        /// <summary>How many batches may wait, made: enough to keep both threads busy, few enough to hold little memory.</summary>
        private const int Lookahead = 2;

        private readonly MarkdownPipeline _pipeline;
        private readonly IReadOnlyList<IReadOnlyList<string>> _batches;
        private readonly Dictionary<string, Fragment>?[] _made;
        private readonly object _gate = new();
        private readonly Task _work;

        // Guarded by _gate: batches asked for by the page; claimed by either thread (made, or being made); no more to make.
        private int _next;
        private int _claimed;
        private bool _stopped;
        private bool _finished;

        public Ahead(MarkdownPipeline pipeline, IReadOnlyList<IReadOnlyList<string>> batches)
        {
            (_pipeline, _batches, _made) = (pipeline, batches, new Dictionary<string, Fragment>?[batches.Count]);
            _work = Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        /// <summary>
        /// The fragments of the next batch when it is <paramref name="texts"/> and the other thread made it; null when
        /// the page is to make it (the other thread had not begun it, or the batches are asked for out of order: then
        /// the rest is made on the page's thread).
        /// </summary>
        public Dictionary<string, Fragment>? Take(IReadOnlyList<string> texts)
        {
            lock (_gate)
            {
                Monitor.PulseAll(_gate);   // room ahead for the other thread, or the end of its work
                if (_next >= _batches.Count || !_batches[_next].SequenceEqual(texts, StringComparer.Ordinal))
                {
                    (_next, _stopped) = (_batches.Count, true);
                    return null;
                }

                var index = _next++;
                if (index >= _claimed)
                {
                    _claimed = index + 1;
                    return null;
                }

                while (_made[index] is null && !_finished)
                {
                    Monitor.Wait(_gate);
                }

                if (_made[index] is { } made)
                {
                    _made[index] = null;
                    return made;
                }
            }

            _work.GetAwaiter().GetResult();   // ended early: its exception, if any, is the page's
            return null;
        }

        public void Stop()
        {
            lock (_gate)
            {
                _stopped = true;
                Monitor.PulseAll(_gate);
            }

            try
            {
                _work.Wait();
            }
            catch (AggregateException)
            {
                // An optimisation that failed: a batch the page needed rethrew it (Take), any other was not needed.
            }
        }

        private void Work()
        {
            try
            {
                var parser = HtmlParsers.Create();
                var htmlWriter = new HtmlWriter(_pipeline);
                while (NextToMake() is { } index)
                {
                    var made = MakeBatch(_batches[index], _pipeline, parser, htmlWriter, parser.ParseDocument(""));
                    lock (_gate)
                    {
                        _made[index] = made;
                        Monitor.PulseAll(_gate);
                    }
                }
            }
            finally
            {
                lock (_gate)
                {
                    _finished = true;
                    Monitor.PulseAll(_gate);
                }
            }
        }

        /// <summary>Claims the next batch nobody has, once the page is near enough; null: none left, or stopped.</summary>
        private int? NextToMake()
        {
            lock (_gate)
            {
                while (!_stopped && _claimed < _batches.Count && _claimed - _next >= Lookahead)
                {
                    Monitor.Wait(_gate);
                }

                return _stopped || _claimed >= _batches.Count ? null : _claimed++;
            }
        }
    }
}
