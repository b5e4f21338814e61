using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using CivilSociety.Scorm.Rendering;

namespace CivilSociety.Scorm.Packaging;

internal static partial class ScormPackager
{
    /// <summary>
    /// The entries' bytes as the zip holds them (<see cref="Prepare"/>), made beside the writer, the largest first, one
    /// on each core; each waited for by the thread that writes the zip. A failure is that entry's own exception (a file
    /// that vanished is the IOException the caller reports), wherever the writer is when it happens.
    /// </summary>
    private sealed class PreparedEntries
    {
        private readonly TaskCompletionSource<ZipData?>?[] _entries;
        private readonly Thread _preparing;

        public PreparedEntries(IReadOnlyList<PackageEntry> entries, CancellationToken cancellationToken)
        {
            _entries = [.. entries.Select(entry => entry.Content is not null || Deflates(entry.Path) ? new TaskCompletionSource<ZipData?>() : null)];
            var largestFirst = Enumerable.Range(0, entries.Count)
                .Where(i => _entries[i] is not null)
                .OrderByDescending(i => entries[i].Content?.Length ?? 0)
                .ToArray();
            // A thread of its own, not the pool's: the loop takes a pool thread for the other core, and the pool may have no
            // third one at hand while the item-writing check holds one (it would add one only after a wait).
            _preparing = new Thread(() => PrepareAll(entries, largestFirst, cancellationToken)) { IsBackground = true, Name = "zip entries" };
            _preparing.Start();
        }

        public bool IsPrepared(int index) => _entries[index] is not null;

        /// <summary>Entry <paramref name="index"/>'s bytes, once made; if it was never begun, the failure that stopped the rest.</summary>
        public ZipData Wait(int index)
        {
            try
            {
                return _entries[index]!.Task.GetAwaiter().GetResult()!;
            }
            catch (OperationCanceledException) when (FirstFailure() is { } failure)
            {
                ExceptionDispatchInfo.Throw(failure);
                throw;
            }
        }

        /// <summary>Returns once nothing is being prepared any more (it never throws: failures are the entries').</summary>
        public void WaitForAll() => _preparing.Join();

        private void PrepareAll(IReadOnlyList<PackageEntry> entries, int[] order, CancellationToken cancellationToken)
        {
            try
            {
                Parallel.ForEach(Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering),
                    new ParallelOptions { CancellationToken = cancellationToken },
                    (i, loop) =>
                    {
                        try
                        {
                            _entries[i]!.SetResult(Prepare(entries[i], cancellationToken));
                        }
                        catch (Exception e)
                        {
                            _entries[i]!.SetException(e);
                            loop.Stop();   // the zip will not be written: begin no other entry
                        }
                    });
            }
            catch (OperationCanceledException)
            {
                // Stopped from outside: the writer sees it through the entries left unmade.
            }
            finally
            {
                foreach (var entry in _entries)
                {
                    entry?.TrySetCanceled();
                }
            }
        }

        private Exception? FirstFailure()
        {
            WaitForAll();
            return _entries.Select(entry => entry?.Task).FirstOrDefault(task => task is { IsFaulted: true })?.Exception!.InnerException;
        }
    }
}
