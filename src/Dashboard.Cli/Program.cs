using Dashboard.Cli;

return await DashboardCommands.Create().Parse(args).InvokeAsync();
