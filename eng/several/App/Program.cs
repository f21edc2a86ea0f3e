using System;
using WeComGen.Credentials;
using WeComGen.ExternalContact;

var request = new SendWelcomeMsgRequest { WelcomeCode = new EventCode("CODE", receivedAt: null), Text = Contracts.Greetings.Hello() };
Console.WriteLine(request.Validate().IsValid ? "valid" : "invalid");
