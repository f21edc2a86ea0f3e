using System;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WeComGen.Emulator.Callbacks;
using WeComGen.Emulator.Faults;
using WeComGen.Emulator.Tokens;
using WeComGen.Emulator.WelcomeCodes;
using WeComGen.ExternalContact;

namespace WeComGen.Emulator.Http;

/// <summary>
/// The emulated WeCom endpoints, plus two for local development: one issues a welcome code, the other adds a
/// customer (a code pushed in an encrypted callback to the callback URL).
/// </summary>
internal sealed class EmulatorRoutes(WeComEmulatorOptions options, TokenIssuer tokens, WelcomeCodeRegistry codes, FaultQueue faults, DeliveryGate gate, CustomerEvents customers)
{
    public const string GetTokenPath = "/cgi-bin/gettoken";
    public const string SendWelcomeMsgPath = "/cgi-bin/externalcontact/send_welcome_msg";
    public const string IssueWelcomeCodePath = "/emulator/welcome_code";
    public const string AddCustomerPath = "/emulator/customer";
    public const string ResendCallbackPath = "/emulator/customer/resend";
    public const string RevokeTokensPath = "/emulator/tokens/revoke";
    public const string StatsPath = "/emulator/stats";

    public void Map(WebApplication app)
    {
        app.MapGet(GetTokenPath, GetTokenAsync);
        app.MapPost(SendWelcomeMsgPath, SendWelcomeMsgAsync);
        app.MapPost(IssueWelcomeCodePath, (HttpContext context) => Answers.WelcomeCode(context, codes.Issue()));
        app.MapPost(AddCustomerPath, AddCustomerAsync);
        app.MapPost(ResendCallbackPath, ResendCallbackAsync);
        app.MapPost(RevokeTokensPath, (HttpContext context) =>
        {
            tokens.RevokeAll();
            return Answers.Error(context, WeComErrorCode.Ok);
        });
        app.MapGet(StatsPath, (HttpContext context) => Answers.Stats(context, tokens.Calls, codes.Deliveries.Count, codes.RepeatedSends, codes.LateDeliveries));
    }

    /// <summary>
    /// <c>POST /emulator/customer/resend?welcome_code=…[&amp;callback=URL]</c>: pushes that customer's callback again in a fresh
    /// envelope, as WeCom does when the callback URL did not answer in time, to the callback URL or to another instance.
    /// </summary>
    private async Task ResendCallbackAsync(HttpContext context)
    {
        var query = context.Request.Query;
        if (customers.Find(query["welcome_code"].ToString()) is not { } customer || !TryTarget(query["callback"], out var target))
        {
            await Answers.Error(context, WeComErrorCode.InvalidParameter);
            return;
        }

        var answer = await customers.ReplayAsync(customer, freshEnvelope: true, context.RequestAborted, target);
        await Answers.CustomerAdded(context, new AddedCustomer(customer, answer));
    }

    /// <summary>An optional absolute <c>callback</c> URL that overrides where a callback is pushed.</summary>
    private static bool TryTarget(string? value, out Uri? target)
    {
        target = null;
        return string.IsNullOrEmpty(value) || Uri.TryCreate(value, UriKind.Absolute, out target);
    }

    /// <summary>
    /// <c>POST /emulator/customer?userid=…&amp;external_userid=…[&amp;state=…][&amp;callback=URL]</c>: the welcome code and what
    /// the callback URL (or <c>callback</c>, one instance of several) answered.
    /// </summary>
    private async Task AddCustomerAsync(HttpContext context)
    {
        var query = context.Request.Query;
        if (string.IsNullOrEmpty(query["userid"]) || string.IsNullOrEmpty(query["external_userid"]) || !TryTarget(query["callback"], out var target))
        {
            await Answers.Error(context, WeComErrorCode.InvalidParameter);
            return;
        }

        if (customers.CallbackUrl is null && target is null)
        {
            await Answers.Error(context, WeComErrorCode.InvalidParameter, "no callback URL: start the emulator with --callback URL");
            return;
        }

        var customer = await customers.AddAsync(query["userid"]!, query["external_userid"]!, query["state"], context.RequestAborted, target);
        await Answers.CustomerAdded(context, customer);
    }

    private async Task GetTokenAsync(HttpContext context)
    {
        tokens.RecordCall();
        if (await FaultHandling.AnsweredAsync(faults.Next(EmulatedEndpoint.GetToken), context, tokens))
        {
            return;
        }

        var answer = tokens.Issue(context.Request.Query["corpid"], context.Request.Query["corpsecret"]);
        await (answer.AccessToken is { } token
            ? Answers.Token(context, token, answer.ExpiresIn)
            : Answers.Error(context, answer.Code));
    }

    private async Task SendWelcomeMsgAsync(HttpContext context)
    {
        if (await FaultHandling.AnsweredAsync(faults.Next(EmulatedEndpoint.SendWelcomeMsg), context, tokens))
        {
            return;
        }

        var (app, tokenCode) = tokens.Check(context.Request.Query["access_token"]);
        if (app is null)
        {
            await Answers.Error(context, tokenCode);
            return;
        }

        JsonElement body;
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted);
            body = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            await Answers.Error(context, WeComErrorCode.InvalidParameter);
            return;
        }

        var (bodyCode, request) = WelcomeMessageChecks.Check(body);
        if (request is null)
        {
            await Answers.Error(context, bodyCode);
            return;
        }

        var welcomeCode = request.WelcomeCode.Value;
        var codeState = codes.TryBegin(welcomeCode);
        if (codeState != WeComErrorCode.Ok)
        {
            await Answers.Error(context, codeState);
            return;
        }

        await gate.PassAsync();
        if (options.DeliveryTime > TimeSpan.Zero)
        {
            await Task.Delay(options.DeliveryTime);
        }

        codes.Deliver(welcomeCode, app, request);
        await Answers.Error(context, WeComErrorCode.Ok);
    }
}
