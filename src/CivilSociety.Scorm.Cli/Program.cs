using CivilSociety.Scorm.Cli;

ShortRunMemory.Prepare();
return CliApplication.Run(args, StandardWriter.Output(), StandardWriter.Error());
