using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.PackageValidation;
using CivilSociety.Scorm.Tests.Diagnostics;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.PackageValidation;

/// <summary>validate must not cry wolf: packages other tools make, valid SCORM 1.2, pass (at most with pitfall warnings).</summary>
public sealed class ValidatorTests
{
    private const string Manifest = """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest identifier="com.example.c1" version="1.0" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
          <metadata>
            <schema>ADL SCORM</schema>
            <schemaversion>1.2</schemaversion>
            <lom xmlns="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1">
              <general><title><langstring xml:lang="ar">دورة</langstring></title></general>
            </lom>
          </metadata>
          <organizations default="ORG-1">
            <organization identifier="ORG-1">
              <title>دورة تجريبية</title>
              <item identifier="ITEM-1" identifierref="RES-1"><title>الوحدة ١</title><adlcp:masteryscore>75</adlcp:masteryscore></item>
              <item identifier="ITEM-2" identifierref="RES-2"><title>Two</title></item>
            </organization>
          </organizations>
          <resources>
            <resource identifier="RES-1" type="webcontent" adlcp:scormtype="sco" href="sco/one.html?lang=ar" xml:base="content/">
              <file href="sco/one.html"/>
              <dependency identifierref="RES-SHARED"/>
            </resource>
            <resource identifier="RES-2" type="webcontent" adlcp:scormtype="asset" href="https://example.org/reading.html"/>
            <resource identifier="RES-SHARED" type="webcontent" adlcp:scormtype="asset">
              <file href="shared/api%20wrapper.js"/>
            </resource>
          </resources>
        </manifest>
        """;

    [Fact]
    public void A_valid_package_of_another_tool_passes_with_inline_metadata_xml_base_dependencies_and_a_remote_asset()
    {
        var diagnostics = Validate($"schemas\n== imsmanifest.xml\n{Manifest}\n== content/sco/one.html\n<title>1</title>\n== shared/api wrapper.js\n//\n");

        diagnostics.Select(d => d.Id).Should().Equal(["SCO6014"], "only the space in 'api wrapper.js' is a pitfall");
        diagnostics.Should().OnlyContain(d => d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void The_launch_page_missing_is_an_error()
    {
        var diagnostics = Validate($"schemas\n== imsmanifest.xml\n{Manifest}\n== shared/api wrapper.js\n//\n");

        diagnostics.Should().Contain(d => d.Id == "SCO6009" && d.Message.Contains("content/sco/one.html") && d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_billion_laughs_manifest_is_refused_before_any_expansion()
    {
        var laughs = Manifest.Replace("<manifest identifier", """
            <!DOCTYPE manifest [
              <!ENTITY a "lollollollollollollollollollol">
              <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
              <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
              <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
              <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
            ]>
            <manifest identifier
            """.TrimEnd(), StringComparison.Ordinal).Replace("<title>Two</title>", "<title>&e;</title>", StringComparison.Ordinal);

        Validate($"schemas\n== imsmanifest.xml\n{laughs}\n").Select(d => d.Id).Should().Equal("SCO6019");
    }

    [Fact]
    public void An_external_entity_cannot_read_a_file()
    {
        var external = Manifest.Replace("<manifest identifier", "<!DOCTYPE manifest [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<manifest identifier", StringComparison.Ordinal)
            .Replace("<title>Two</title>", "<title>&x;</title>", StringComparison.Ordinal);

        var diagnostics = Validate($"schemas\n== imsmanifest.xml\n{external}\n");

        diagnostics.Select(d => d.Id).Should().Equal("SCO6019");
        diagnostics.Should().NotContain(d => d.Message.Contains("root:", StringComparison.Ordinal));
    }

    private static IReadOnlyList<Diagnostic> Validate(string spec)
    {
        using var temp = new TempDirectory();
        var path = temp.File("package.zip");
        File.WriteAllBytes(path, PackageSpec.Build(spec));
        return PackageValidator.Validate(path);
    }
}
