namespace CivilSociety.Scorm.Browser.Tests.Infrastructure;

/// <summary>
/// A minimal SCORM 1.2 SCO written by hand, independent of the compiler and the runtime: the harness's own
/// check that the LMS page, API discovery, the call log and the state readers work.
/// </summary>
internal static class HandWrittenPackage
{
    public static void WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "imsmanifest.xml"), Manifest);
        File.WriteAllText(Path.Combine(directory, "sco.html"), Page);
    }

    private const string Manifest = """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest identifier="harness-check" version="1.0"
                  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
          <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
          <organizations default="org-a">
            <organization identifier="org-b"><title>Not the default</title>
              <item identifier="item-b" identifierref="res-b"><title>Wrong</title></item>
            </organization>
            <organization identifier="org-a"><title>Harness check</title>
              <item identifier="item-a" identifierref="res-a" parameters="?from=manifest">
                <title>Harness check</title>
                <adlcp:masteryscore>80</adlcp:masteryscore>
              </item>
            </organization>
          </organizations>
          <resources>
            <resource identifier="res-b" type="webcontent" adlcp:scormtype="sco" href="wrong.html"><file href="wrong.html"/></resource>
            <resource identifier="res-a" type="webcontent" adlcp:scormtype="sco" href="sco.html"><file href="sco.html"/></resource>
          </resources>
        </manifest>
        """;

    private const string Page = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Harness check</title></head>
        <body>
          <main>
            <h1>Harness check</h1>
            <p id="who"></p>
            <button type="button" id="finish">Finish</button>
          </main>
          <script>
            function findApi(win) {
              for (var i = 0; win && i < 10; i++) {
                try { if (win.API) return win.API; } catch (e) {}
                if (win.parent === win) break;
                win = win.parent;
              }
              return null;
            }
            var api = findApi(window);
            api.LMSInitialize('');
            if (api.LMSGetValue('cmi.core.entry') === 'ab-initio') {
              api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
              api.LMSCommit('');
            }
            document.getElementById('who').textContent = api.LMSGetValue('cmi.core.student_name') +
              ' / mastery ' + api.LMSGetValue('cmi.student_data.mastery_score') + ' / ' + location.search;
            document.getElementById('finish').addEventListener('click', function () {
              api.LMSSetValue('cmi.core.score.min', '0');
              api.LMSSetValue('cmi.core.score.max', '100');
              api.LMSSetValue('cmi.core.score.raw', '85');
              api.LMSSetValue('cmi.core.lesson_status', 'passed');
              api.LMSSetValue('cmi.core.session_time', '0000:00:01.50');
              api.LMSSetValue('cmi.core.exit', '');
              api.LMSCommit('');
              api.LMSFinish('');
            });
          </script>
        </body>
        </html>
        """;
}
