using System;
using WeComGen.Credentials;
using WeComGen.ExternalContact;

// The code comes with each add_external_contact event; here, from the command line.
var welcomeCode = args.Length > 0 ? args[0] : Console.ReadLine() ?? string.Empty;
var request = new SendWelcomeMsgRequest { WelcomeCode = new EventCode(welcomeCode, receivedAt: null), Text = Contracts.Greetings.Hello() };
Console.WriteLine(request.Validate().IsValid ? "valid" : "invalid");
