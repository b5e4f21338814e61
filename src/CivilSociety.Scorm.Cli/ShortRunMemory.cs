using System.Runtime.InteropServices;

namespace CivilSociety.Scorm.Cli;

/// <summary>
/// The managed heap set up for a process that lives a fraction of a second (docs/benchmarks.md, issue 23, seventh and
/// ninth sessions). Measured on this project's VMs, where a page fault costs 11 to 13 µs of CPU and the CPU reports no
/// cache size (which leaves the GC a first generation of 2 MB), building the real course:
/// <list type="bullet">
/// <item>its 7 MB of allocations paid for one collection, the compaction of all it held then (the course, the page's
/// DOM): 5 to 6 ms. The first 24 MB are now allocated without a collection; past them (a large course) the GC
/// collects as usual.</item>
/// <item>the GC's memory was faulted in 4 KB at a time as it was first written, half of the build's 1,950 faults. On
/// Linux the heap's memory is offered transparent huge pages (2 MB each) instead: advice only, which changes nothing
/// where the system has them off.</item>
/// <item>the first 2 MB of the region in use at start-up cannot be given a huge page by a fault (pages in it are in
/// use already): its ~500 faults were a third of what remained. Once the rest of it is committed, the kernel is asked
/// to copy it into one huge page (MADV_COLLAPSE, Linux 6.1 on; an older kernel, or one without huge pages, refuses
/// and nothing changes).</item>
/// </list>
/// Together: 1,950 faults a build down to about 800.
/// </summary>
internal static partial class ShortRunMemory
{
    private const long AllocatedWithoutCollection = 24L << 20;
    private const nint HugePage = 2 << 20;
    private const nuint AdvisedBytes = 256u << 20;
    private const int AdviseHugePages = 14;   // MADV_HUGEPAGE, <sys/mman.h>
    private const int CollapseIntoHugePage = 25;  // MADV_COLLAPSE, <sys/mman.h> (Linux 6.1)

    /// <summary>Called first thing, before a command allocates.</summary>
    public static void Prepare()
    {
        // First: the regions committed next are then advised as a whole.
        var inUse = OperatingSystem.IsLinux() ? OfferHugePages() : 0;

        try
        {
            GC.TryStartNoGCRegion(AllocatedWithoutCollection);
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than the GC may set aside here (a heap limit, in a small container): it collects as usual.
        }

        // Now that the no-collection region has committed the rest of the region in use, its first 2 MB can be one page.
        if (inUse != 0)
        {
            _ = Advise(inUse, (nuint)HugePage, CollapseIntoHugePage);
        }
    }

    /// <summary>
    /// The GC takes its regions one after another from a range it reserves at start-up; a first object shows where the
    /// region in use is. From the 2 MB boundary below it on, the rest of that region and those committed after it are
    /// advised: the kernel backs each 2 MB not yet written with one page when it is first written. Returns that
    /// boundary (0: nothing advised): its 2 MB, partly in use already, are collapsed by <see cref="Prepare"/>.
    /// </summary>
    private static nint OfferHugePages()
    {
        var probe = GCHandle.Alloc(new byte[1], GCHandleType.Pinned);
        try
        {
            var first = probe.AddrOfPinnedObject() & ~(HugePage - 1);
            _ = Advise(first, AdvisedBytes, AdviseHugePages);
            return first;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A Linux without the C library's madvise: the heap stays as it is.
            return 0;
        }
        finally
        {
            probe.Free();
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Advise(nint address, nuint length, int advice);
}
