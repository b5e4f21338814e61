using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace CivilSociety.Scorm.Browser.Tests.Infrastructure;

/// <summary>
/// Kestrel on 127.0.0.1 with a free port. One origin serves the test LMS (<c>/lms/</c>, from <see cref="RepositoryPaths.Web"/>)
/// and every unzipped package (<c>/packages/NAME/</c>), so that the SCO in the LMS page's iframe can reach
/// <c>window.parent.API</c>.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoopbackServer(WebApplication app, Uri baseAddress, string packagesRoot, ConcurrentDictionary<string, string> fetchTokens)
    {
        this.app = app;
        FetchTokens = fetchTokens;
        BaseAddress = baseAddress;
        PackagesRoot = packagesRoot;
    }

    /// <summary>For example <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The folder served as <c>/packages/</c>: unzip a package into a subfolder of it.</summary>
    public string PackagesRoot { get; }

    public Uri LmsPage => new(BaseAddress, "lms/lms.html");

    public static async Task<LoopbackServer> StartAsync(string webRoot, string packagesRoot)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = webRoot });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

        var app = builder.Build();
        var fetchTokens = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var contentTypes = new FileExtensionContentTypeProvider();
        contentTypes.Mappings[".js"] = "text/javascript; charset=utf-8";
        contentTypes.Mappings[".xsd"] = "application/xml";

        app.Use(async (context, next) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            await next(context);
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(webRoot),
            RequestPath = "/lms",
            ContentTypeProvider = contentTypes,
            ServeUnknownFileTypes = true,
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(packagesRoot),
            RequestPath = "/packages",
            ContentTypeProvider = contentTypes,
            ServeUnknownFileTypes = true,
        });
        app.Use(async (context, next) =>
        {
            // The test cmi5 LMS's fetch URLs (Cmi5Launcher): each answers its token once, then a cmi5 error.
            if (context.Request.Method == "POST" && context.Request.Path.StartsWithSegments("/cmi5/fetch", out var id))
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(fetchTokens.TryRemove(id.Value!.Trim('/'), out var token)
                    ? System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["auth-token"] = token })
                    : """{"error-code":"1","error-text":"this fetch URL was used already"}""");
                return;
            }

            await next(context);
        });
        app.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Single();
        return new LoopbackServer(app, new Uri(address.TrimEnd('/') + "/"), packagesRoot, fetchTokens);
    }

    /// <summary>The tokens of the cmi5 fetch URLs not used yet, by id (<c>/cmi5/fetch/ID</c>).</summary>
    public ConcurrentDictionary<string, string> FetchTokens { get; }

    /// <summary>The URL of a file inside an unzipped package folder (a direct child of <see cref="PackagesRoot"/>).</summary>
    public Uri PackageUrl(string packageFolderName, string relativeHref) =>
        new(BaseAddress, $"packages/{Uri.EscapeDataString(packageFolderName)}/{relativeHref}");

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
