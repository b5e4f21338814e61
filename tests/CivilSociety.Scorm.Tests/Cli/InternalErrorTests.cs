using System.Text.Json;
using CivilSociety.Scorm.Cli;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Cli;

/// <summary>A bug in the tool still answers in the format asked for: a tool reading --format json gets JSON.</summary>
public sealed class InternalErrorTests
{
    [Fact]
    public void An_internal_error_is_json_on_standard_output_when_json_was_asked_for()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        CliApplication.ReportInternalError(new IOException("Too many levels of symbolic links"), json: true, output, error);

        using var report = JsonDocument.Parse(output.ToString());
        report.RootElement.GetProperty("error").GetString().Should().Be("civil-scorm stopped on an internal error (IOException: Too many levels of symbolic links)");
        report.RootElement.GetProperty("diagnostics").GetArrayLength().Should().Be(0);
        report.RootElement.GetProperty("package").ValueKind.Should().Be(JsonValueKind.Null);
        error.ToString().Should().Contain("help: nothing was written");
    }

    [Fact]
    public void An_internal_error_is_one_line_and_a_fix_in_text()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        CliApplication.ReportInternalError(new InvalidOperationException("boom"), json: false, output, error);

        output.ToString().Should().BeEmpty();
        error.ToString().Should().Be("error: civil-scorm stopped on an internal error (InvalidOperationException: boom)\n"
            + "help: nothing was written; please report this with the course that caused it\n");
    }

    [Fact]
    public void A_report_without_an_error_has_no_error_field()
    {
        var output = new StringWriter();

        new DiagnosticPrinter(output, useColour: false, "").PrintJson([], "out/course.zip");

        using var report = JsonDocument.Parse(output.ToString());
        report.RootElement.TryGetProperty("error", out _).Should().BeFalse("tools that read the report today see the same fields");
    }
}
