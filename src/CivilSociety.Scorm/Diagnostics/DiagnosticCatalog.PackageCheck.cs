namespace CivilSociety.Scorm.Diagnostics;

// Package check: civil-scorm validate on any SCORM 1.2 zip, ours or others' (PackageValidation/): the SCO6xxx codes.
internal static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor NotAZip = new("SCO6001", Error,
        "not a zip file: {0}", "export the package again as a .zip");
    public static readonly DiagnosticDescriptor ManifestMissing = new("SCO6002", Error,
        "no imsmanifest.xml at the root of the zip{0}", "Moodle and Blackboard need imsmanifest.xml at the root: zip the folder's contents, not the folder");
    public static readonly DiagnosticDescriptor UnsafeEntryName = new("SCO6003", Error,
        "entry '{0}' escapes the package folder", "a package may not hold absolute paths or '..'");
    public static readonly DiagnosticDescriptor ZipBomb = new("SCO6004", Error,
        "the zip would expand to more than {0:N0} bytes (a zip bomb?)", "a course package is far smaller: this is not a normal course package");
    public static readonly DiagnosticDescriptor ManifestNotWellFormed = new("SCO6005", Error,
        "imsmanifest.xml is not well-formed XML: {0}", "fix the XML at this place: every tag closed, nested and spelled the same at both ends");
    public static readonly DiagnosticDescriptor ManifestSchema = new("SCO6006", Error,
        "imsmanifest.xml breaks the SCORM 1.2 schema: {0}", "LMSs reject such manifests; compare with a manifest civil-scorm builds, or re-export the package");
    public static readonly DiagnosticDescriptor DefaultOrganizationMissing = new("SCO6007", Error,
        "organizations/@default '{0}' names no organization", "set default to the identifier of one of the organization elements");
    public static readonly DiagnosticDescriptor IdentifierRefMissing = new("SCO6008", Error,
        "identifierref '{0}' names no resource", "set identifierref to the identifier of a resource element");
    public static readonly DiagnosticDescriptor ReferencedFileMissing = new("SCO6009", Error,
        "'{0}' is referenced by the manifest but not in the zip", "add the file to the zip, or correct the href (names are case-sensitive)");
    public static readonly DiagnosticDescriptor NoLaunchableSco = new("SCO6010", Error,
        "no item launches a SCO", "an item needs identifierref to a resource with adlcp:scormtype=\"sco\" and an href");
    public static readonly DiagnosticDescriptor AdlcpPrefix = new("SCO6011", Error,
        "the ADL namespace is bound to the prefix '{0}'; Moodle only understands 'adlcp'", "declare xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\"");
    public static readonly DiagnosticDescriptor MasteryScoreInvalid = new("SCO6012", Error,
        "masteryscore '{0}' is not a number from 0 to 100", "write a whole number from 1 to 100, without % or spaces");
    public static readonly DiagnosticDescriptor CharacterReference = new("SCO6013", Warning,
        "a title uses character references ({0}); Moodle stores them garbled", "write the characters themselves in UTF-8");
    public static readonly DiagnosticDescriptor UnsafeFileName = new("SCO6014", Warning,
        "file name '{0}' has characters Moodle rewrites on extraction", "use ASCII letters, digits, '.', '_', '-' and '/'");
    public static readonly DiagnosticDescriptor ScormTypeMissing = new("SCO6015", Error,
        "resource '{0}' launched by an item has no adlcp:scormtype", "add adlcp:scormtype=\"sco\"; without it Moodle treats the item as an untracked asset");
    public static readonly DiagnosticDescriptor SchemaFileMissing = new("SCO6016", Warning,
        "schema file '{0}' is not at the root of the zip", "ship the four SCORM 1.2 schema files beside imsmanifest.xml");
    public static readonly DiagnosticDescriptor NamespaceWrong = new("SCO6017", Error,
        "the manifest's namespace is '{0}', not SCORM 1.2's IMS CP 1.1.2", "a SCORM 1.2 manifest's root is <manifest xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\">; this check is for SCORM 1.2");
    public static readonly DiagnosticDescriptor TooManyEntries = new("SCO6018", Error,
        "the zip has {0:N0} entries; a course package has at most {1:N0}", "this is not a normal course package");
    public static readonly DiagnosticDescriptor ManifestDoctype = new("SCO6019", Error,
        "imsmanifest.xml has a DOCTYPE (DTD); SCORM manifests use schemas, and entity definitions can attack the LMS", "remove the <!DOCTYPE ...> declaration");
    public static readonly DiagnosticDescriptor EntryNamesDifferOnlyInCase = new("SCO6020", Warning,
        "entries '{0}' and '{1}' differ only in letter case; on Windows and macOS one overwrites the other", "rename one of them");
    public static readonly DiagnosticDescriptor ManifestTooLarge = new("SCO6021", Error,
        "imsmanifest.xml is larger than {0:N0} bytes", "this is not a normal course manifest");
    public static readonly DiagnosticDescriptor EncryptedEntry = new("SCO6022", Error,
        "entry '{0}' is encrypted; an LMS cannot extract it", "zip the package again without a password");
    public static readonly DiagnosticDescriptor CompressionRatio = new("SCO6023", Error,
        "entry '{0}' would expand {1:N0} times its compressed size, more than the {2}:1 of real files (a zip bomb?)", "this is not a normal course package");
    public static readonly DiagnosticDescriptor DefaultOrganizationAbsent = new("SCO6024", Warning,
        "<organizations> has no default attribute; which organization an LMS launches is then up to the LMS", "add default=\"{0}\" to <organizations>");
    public static readonly DiagnosticDescriptor ResourcesXmlBase = new("SCO6025", Warning,
        "xml:base '{0}' on <resources> is not applied by every LMS (Moodle reads xml:base on each <resource>)", "move xml:base to each <resource>, or the files to the root and drop xml:base");
    public static readonly DiagnosticDescriptor MasteryScorePitfall = new("SCO6026", Warning,
        "masteryscore '{0}' is valid SCORM 1.2, but Moodle treats 0 as no mastery score and does not expect decimals", "write a whole number from 1 to 100");
    public static readonly DiagnosticDescriptor SymlinkEntry = new("SCO6027", Error,
        "entry '{0}' is a symbolic link; extracted on a server it can expose any file of that server", "zip the files themselves, not links to them");
    public static readonly DiagnosticDescriptor DuplicateEntry = new("SCO6028", Error,
        "entry '{0}' is in the zip twice; which one an LMS extracts is a matter of chance", "zip the package again from a clean folder");
    public static readonly DiagnosticDescriptor ManifestTooDeep = new("SCO6029", Error,
        "imsmanifest.xml nests elements more than {0} levels deep", "this is not a normal course manifest: real manifests nest about 10 levels");
    public static readonly DiagnosticDescriptor AnswerKeyInPackage = new("SCO6030", Warning,
        "'{0}' looks like an answer key ({1}); every learner can download every file of a package", "keep teachers' files out of the zip: civil-scorm build writes decoder.csv beside the package, never in it");
    public static readonly DiagnosticDescriptor Scorm2004Schema = new("SCO6031", Error,
        "imsmanifest.xml breaks the SCORM 2004 4th edition schemas: {0}", "LMSs reject such manifests; compare with a manifest civil-scorm build --target scorm2004 writes, or re-export the package");
    public static readonly DiagnosticDescriptor SchemaVersion2004 = new("SCO6032", Warning,
        "metadata/schemaversion is '{0}', not '2004 4th Edition'", "an LMS picks the run-time's rules by it: write <schemaversion>2004 4th Edition</schemaversion> for a 4th edition package");
    public static readonly DiagnosticDescriptor ScormType2004Missing = new("SCO6033", Error,
        "resource '{0}' launched by an item has no adlcp:scormType", "add adlcp:scormType=\"sco\" (or \"asset\"): without it the LMS cannot tell a SCO from an asset");
    public static readonly DiagnosticDescriptor ScoHrefMissing = new("SCO6034", Error,
        "resource '{0}' is a SCO without an href", "set href to the SCO's launch page (index.html): there is nothing to launch");
    public static readonly DiagnosticDescriptor Cmi5NotWellFormed = new("SCO6036", Error,
        "cmi5.xml is not well-formed XML (or has a DTD): {0}", "fix the XML at this place; a course structure needs no DOCTYPE");
    public static readonly DiagnosticDescriptor Cmi5Schema = new("SCO6037", Error,
        "cmi5.xml breaks the cmi5 course structure schema: {0}", "LMSs refuse such a course structure at import; compare with a cmi5.xml civil-scorm builds (--target cmi5)");
    public static readonly DiagnosticDescriptor Cmi5IdMissing = new("SCO6038", Error,
        "<{0}> in cmi5.xml has no id", "give it an id, an IRI that stays the same across versions (the LMS keys learners' results by it)");
    public static readonly DiagnosticDescriptor Cmi5MoveOnInvalid = new("SCO6039", Error,
        "moveOn '{0}' is not a cmi5 value", "write one of NotApplicable, Passed, Completed, CompletedAndPassed, CompletedOrPassed (letter case counts)");
    public static readonly DiagnosticDescriptor Cmi5UrlMissing = new("SCO6040", Error,
        "AU '{0}' launches '{1}', which is not in the zip", "add the file to the zip, or correct the url (relative to cmi5.xml; names are case-sensitive)");
    public static readonly DiagnosticDescriptor MoodlePassMark = new("SCO6041", Warning,
        "item '{0}': Moodle launches it with cmi.scaled_passing_score {1}, not the primary objective's minNormalizedMeasure {2}: objective '{3}', the last with a measure, {4}",
        "give every imsss:objective of the item the primary objective's <imsss:minNormalizedMeasure>{2}</imsss:minNormalizedMeasure> (satisfiedByMeasure stays false on them): Moodle takes the last objective's measure, and 1.0 for one without");
}
