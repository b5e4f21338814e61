using CivilSociety.Scorm.Cli;

return CliApplication.Run(args, Console.Out, Console.Error);
