using System;
using WeComGen.Credentials;
using WeComGen.Endpoints;
using WeComGen.ExternalContact;

// Before any type of the Contracts project is used (Welcome.Check, compiled when first called, is the only code that
// uses them): this project's generated initializer has registered the contract generated there, as a callback
// endpoint needs it before a handler touches one.
Console.WriteLine($"welcome code valid for {ContractRegistry.CredentialValidity("add_external_contact")?.TotalSeconds} s");

// The code comes with each add_external_contact event; here, from the command line.
Console.WriteLine(Welcome.Check(args.Length > 0 ? args[0] : Console.ReadLine() ?? string.Empty));

internal static class Welcome
{
    public static string Check(string welcomeCode)
    {
        var request = new SendWelcomeMsgRequest { WelcomeCode = new EventCode(welcomeCode, receivedAt: null), Text = Contracts.Greetings.Hello() };
        return request.Validate().IsValid ? "valid" : "invalid";
    }
}
