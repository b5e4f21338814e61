using System.Runtime.InteropServices;

namespace CivilSociety.Scorm.Cli;

/// <summary>
/// The managed heap set up for a process that lives a fraction of a second (docs/benchmarks.md, issue 23, seventh
/// session). Measured on this project's VMs, where a page fault costs 11 to 13 µs of CPU and the CPU reports no cache
/// size (which leaves the GC a first generation of 2 MB), building the real course:
/// <list type="bullet">
/// <item>its 7 MB of allocations paid for one collection, the compaction of all it held then (the course, the page's
/// DOM): 5 to 6 ms. The first 24 MB are now allocated without a collection; past them (a large course) the GC
/// collects as usual.</item>
/// <item>the GC's memory was faulted in 4 KB at a time as it was first written, half of the build's 1,950 faults. On
/// Linux the heap's memory is offered transparent huge pages (2 MB each) instead: advice only, which changes nothing
/// where the system has them off.</item>
/// </list>
/// The two together: 1,950 faults a build down to 1,300, the real course 62 ms down to 51 (alternated, one sitting).
/// </summary>
internal static partial class ShortRunMemory
{
    private const long AllocatedWithoutCollection = 24L << 20;
    private const nint HugePage = 2 << 20;
    private const nuint AdvisedBytes = 256u << 20;
    private const int AdviseHugePages = 14;   // MADV_HUGEPAGE, <sys/mman.h>

    /// <summary>Called first thing, before a command allocates.</summary>
    public static void Prepare()
    {
        if (OperatingSystem.IsLinux())
        {
            OfferHugePages();   // first: the regions committed next are then advised as a whole
        }

        try
        {
            GC.TryStartNoGCRegion(AllocatedWithoutCollection);
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than the GC may set aside here (a heap limit, in a small container): it collects as usual.
        }
    }

    /// <summary>
    /// The GC takes its regions one after another from a range it reserves at start-up; a first object shows where the
    /// region in use is. From the next 2 MB boundary on (below it, pages are in use already, and a 2 MB page needs all
    /// of its 2 MB untouched), the rest of that region and those committed after it are advised; the kernel backs
    /// each 2 MB of them with one page when it is first written.
    /// </summary>
    private static void OfferHugePages()
    {
        var probe = GCHandle.Alloc(new byte[1], GCHandleType.Pinned);
        try
        {
            var next = (probe.AddrOfPinnedObject() + HugePage) & ~(HugePage - 1);
            _ = Advise(next, AdvisedBytes, AdviseHugePages);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A Linux without the C library's madvise: the heap stays as it is.
        }
        finally
        {
            probe.Free();
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Advise(nint address, nuint length, int advice);
}
