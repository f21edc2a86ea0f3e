using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WeComGen.Emulator.Callbacks;
using WeComGen.Emulator.Faults;
using WeComGen.Emulator.History;
using WeComGen.Emulator.Tokens;
using WeComGen.Emulator.WelcomeCodes;
using WeComGen.ExternalContact;

namespace WeComGen.Emulator.Http;

/// <summary>
/// The emulated WeCom endpoints, plus two for local development: one issues a welcome code, the other adds a
/// customer (a code pushed in an encrypted callback to the callback URL).
/// </summary>
internal sealed class EmulatorRoutes(WeComEmulatorOptions options, TokenIssuer tokens, WelcomeCodeRegistry codes, FaultQueue faults, DeliveryGate gate, CustomerEvents customers, WelcomeHistory history)
{
    public const string GetTokenPath = "/cgi-bin/gettoken";
    public const string SendWelcomeMsgPath = "/cgi-bin/externalcontact/send_welcome_msg";
    public const string IssueWelcomeCodePath = "/emulator/welcome_code";
    public const string AddCustomerPath = "/emulator/customer";

    public void Map(WebApplication app)
    {
        app.MapGet(GetTokenPath, GetTokenAsync);
        app.MapPost(SendWelcomeMsgPath, SendWelcomeMsgAsync);
        app.MapPost(IssueWelcomeCodePath, (HttpContext context) => Answers.WelcomeCode(context, codes.Issue()));
        app.MapPost(AddCustomerPath, AddCustomerAsync);
    }

    /// <summary><c>POST /emulator/customer?userid=…&amp;external_userid=…[&amp;state=…]</c>: the welcome code and what the callback URL answered.</summary>
    private async Task AddCustomerAsync(HttpContext context)
    {
        var query = context.Request.Query;
        if (string.IsNullOrEmpty(query["userid"]) || string.IsNullOrEmpty(query["external_userid"]))
        {
            await Answers.Error(context, WeComErrorCode.InvalidParameter);
            return;
        }

        if (customers.CallbackUrl is null)
        {
            await Answers.Error(context, WeComErrorCode.InvalidParameter, "no callback URL: start the emulator with --callback URL");
            return;
        }

        var customer = await customers.AddAsync(query["userid"]!, query["external_userid"]!, query["state"], context.RequestAborted);
        await Answers.CustomerAdded(context, customer);
    }

    private async Task GetTokenAsync(HttpContext context)
    {
        tokens.RecordCall();
        if (await FaultHandling.AnsweredAsync(faults.Next(EmulatedEndpoint.GetToken), context, tokens) is not null)
        {
            return;
        }

        var answer = tokens.Issue(context.Request.Query["corpid"], context.Request.Query["corpsecret"]);
        await (answer.AccessToken is { } token
            ? Answers.Token(context, token, answer.ExpiresIn)
            : Answers.Error(context, answer.Code));
    }

    /// <summary>Answers a send and records it in the code's history, whatever the answer (a fault's included).</summary>
    private async Task SendWelcomeMsgAsync(HttpContext context)
    {
        var arrivedAt = options.Time.GetUtcNow();
        var body = await BodyAsync(context);
        var check = WelcomeMessageChecks.Check(body);
        var (answer, delivery) = await AnswerSendAsync(context, check, body);
        if (check.WelcomeCode is { } code)
        {
            history.SendAnswered(code, arrivedAt, answer, options.WelcomeCodeValidity);
        }

        if (delivery is not null)
        {
            history.Delivered(delivery);
        }
    }

    private async Task<(WelcomeEvent Answer, DeliveredWelcomeMessage? Delivery)> AnswerSendAsync(HttpContext context, CheckedBody check, byte[] body)
    {
        if (await FaultHandling.AnsweredAsync(faults.Next(EmulatedEndpoint.SendWelcomeMsg), context, tokens) is { } fault)
        {
            return (new WelcomeEvent(default, WelcomeEventKind.SendAnswered, fault.Summary) { ErrCode = fault.ErrCode }, null);
        }

        var (app, tokenCode) = tokens.Check(context.Request.Query["access_token"]);
        if (app is null)
        {
            return (await AnswerAsync(context, tokenCode, null), null);
        }

        if (check.Request is not { } request)
        {
            return (await AnswerAsync(context, check.Code, app) with { Violations = check.Problems }, null);
        }

        var codeState = codes.TryBegin(request.WelcomeCode.Value);
        if (codeState != WeComErrorCode.Ok)
        {
            return (await AnswerAsync(context, codeState, app), null);
        }

        await gate.PassAsync();
        if (options.DeliveryTime > TimeSpan.Zero)
        {
            await Task.Delay(options.DeliveryTime);
        }

        var delivery = codes.Deliver(request.WelcomeCode.Value, app, request, Encoding.UTF8.GetString(body));
        return (await AnswerAsync(context, WeComErrorCode.Ok, app), delivery);
    }

    /// <summary>Writes WeCom's answer and says what it was, for the code's history.</summary>
    private static async Task<WelcomeEvent> AnswerAsync(HttpContext context, WeComErrorCode code, EmulatedApp? app)
    {
        await Answers.Error(context, code);
        return new WelcomeEvent(default, WelcomeEventKind.SendAnswered, $"{(int)code} {Answers.ErrMsg((int)code)}") { ErrCode = (int)code, App = app?.Name };
    }

    private static async Task<byte[]> BodyAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        return buffer.ToArray();
    }
}
