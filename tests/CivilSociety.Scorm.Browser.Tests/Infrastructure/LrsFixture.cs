using CivilSociety.Scorm.TestTools;

namespace CivilSociety.Scorm.Browser.Tests.Infrastructure;

/// <summary>
/// A real LRS on a free loopback port for the xAPI browser tests (tests/xapi-tools/lrs.cjs), started before the
/// first of them and stopped after the last. Each test uses its own registration, so they never read each other's
/// statements.
/// </summary>
public sealed class LrsFixture : IAsyncLifetime
{
    private TestLrs? lrs;

    internal TestLrs Lrs => lrs ?? throw new InvalidOperationException("The LRS is not started.");

    public async Task InitializeAsync() => lrs = await TestLrs.StartAsync();

    public async Task DisposeAsync()
    {
        if (lrs is not null)
        {
            await lrs.DisposeAsync();
        }
    }
}
