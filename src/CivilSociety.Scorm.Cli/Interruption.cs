using System.Runtime.InteropServices;

namespace CivilSociety.Scorm.Cli;

/// <summary>
/// While a build runs, Ctrl+C (SIGINT) and SIGTERM cancel it instead of ending the process where it stands: the
/// packager then deletes its temporary files and an existing zip stays as it was. A second signal is left to its
/// default action and ends the process at once, for a build that does not stop.
/// </summary>
internal sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private int _signal;

    public Interruption()
    {
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            try
            {
                _registrations.Add(PosixSignalRegistration.Create(signal, Handle));
            }
            catch (PlatformNotSupportedException)
            {
                // A platform without this signal cannot send it either.
            }
        }
    }

    public CancellationToken Token => _cancel.Token;

    /// <summary>The signal that interrupted the build, if one did.</summary>
    public PosixSignal? Signal => _signal == 0 ? null : (PosixSignal)_signal;

    /// <summary>The shell's convention for a process ended by a signal: 128 + its number (130 for SIGINT, 143 for SIGTERM).</summary>
    public int ExitCode => Signal == PosixSignal.SIGINT ? 130 : 143;

    private void Handle(PosixSignalContext context)
    {
        if (Interlocked.CompareExchange(ref _signal, (int)context.Signal, 0) != 0)
        {
            return;   // the second one: its default action ends the process
        }

        context.Cancel = true;
        _cancel.Cancel();
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _cancel.Dispose();
    }
}
