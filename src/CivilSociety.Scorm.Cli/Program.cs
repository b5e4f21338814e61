using CivilSociety.Scorm.Cli;

return CliApplication.Run(args, StandardWriter.Output(), StandardWriter.Error());
