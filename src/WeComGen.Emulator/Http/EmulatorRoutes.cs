using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WeComGen.Emulator.Callbacks;
using WeComGen.Emulator.Customers;
using WeComGen.Emulator.Faults;
using WeComGen.Emulator.History;
using WeComGen.Emulator.Media;
using WeComGen.Emulator.Tokens;
using WeComGen.Emulator.WelcomeCodes;
using WeComGen.ExternalContact;

namespace WeComGen.Emulator.Http;

/// <summary>
/// The emulated WeCom endpoints, plus two for local development: one issues a welcome code, the other adds a
/// customer (a code pushed in an encrypted callback to the callback URL).
/// </summary>
internal sealed class EmulatorRoutes(WeComEmulatorOptions options, TokenIssuer tokens, WelcomeCodeRegistry codes, FaultQueue faults, DeliveryGate gate, CustomerEvents customers, WelcomeHistory history, EmulatorMedia media)
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
    /// <c>POST /emulator/customer?userid=…&amp;external_userid=…[&amp;state=…][&amp;name=…][&amp;type=1|2][&amp;gender=0|1|2][&amp;callback=URL]</c>:
    /// the welcome code and what the callback URL (or <c>callback</c>, one instance of several) answered.
    /// </summary>
    private async Task AddCustomerAsync(HttpContext context)
    {
        var query = context.Request.Query;
        if (string.IsNullOrEmpty(query["userid"]) || string.IsNullOrEmpty(query["external_userid"]) || !TryTarget(query["callback"], out var target)
            || !TryEnum<CustomerType>(query["type"], CustomerType.WeChat, out var type) || !TryEnum<CustomerGender?>(query["gender"], null, out var gender))
        {
            await Answers.Error(context, WeComErrorCode.InvalidParameter);
            return;
        }

        if (customers.CallbackUrl is null && target is null)
        {
            await Answers.Error(context, WeComErrorCode.InvalidParameter, "no callback URL: start the emulator with --callback URL");
            return;
        }

        var newCustomer = new NewCustomer(query["external_userid"]!) { State = query["state"], Name = query["name"], Type = type, Gender = gender };
        var customer = await customers.AddAsync(query["userid"]!, newCustomer, context.RequestAborted, target);
        await Answers.CustomerAdded(context, customer);
    }

    /// <summary>An optional number that must be one of <typeparamref name="T"/>'s values (<c>type</c> 1 or 2, <c>gender</c> 0 to 2).</summary>
    private static bool TryEnum<T>(string? value, T absent, out T parsed)
    {
        parsed = absent;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        var enumType = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (!int.TryParse(value, out var number) || !Enum.IsDefined(enumType, number))
        {
            return false;
        }

        parsed = (T)Enum.ToObject(enumType, number);
        return true;
    }

    private async Task GetTokenAsync(HttpContext context)
    {
        tokens.RecordCall();
        if (await FaultHandling.PlayAsync(faults.Next(EmulatedEndpoint.GetToken), context, tokens, options.Time) is { } fault)
        {
            await fault.RespondAsync(context);
            return;
        }

        var answer = tokens.Issue(context.Request.Query["corpid"], context.Request.Query["corpsecret"]);
        await (answer.AccessToken is { } token
            ? Answers.Token(context, token, answer.ExpiresIn)
            : Answers.Error(context, answer.Code));
    }

    /// <summary>Answers a send, having first recorded it in the code's history (a fault's answer included).</summary>
    private async Task SendWelcomeMsgAsync(HttpContext context)
    {
        var arrivedAt = options.Time.GetUtcNow();
        var body = await BodyAsync(context);
        var check = WelcomeMessageChecks.Check(body);
        var answer = await AnswerSendAsync(context, check, body);
        if (check.WelcomeCode is { } code)
        {
            history.SendAnswered(code, arrivedAt, answer.Event, options.WelcomeCodeValidity);
        }

        if (answer.Delivery is { } delivery)
        {
            history.Delivered(delivery);
        }

        await answer.RespondAsync(context);
    }

    private async Task<SendAnswer> AnswerSendAsync(HttpContext context, CheckedBody check, byte[] body)
    {
        if (await FaultHandling.PlayAsync(faults.Next(EmulatedEndpoint.SendWelcomeMsg), context, tokens, options.Time) is { } fault)
        {
            return new SendAnswer(new WelcomeEvent(default, WelcomeEventKind.SendAnswered, fault.Summary) { ErrCode = fault.ErrCode }, fault.RespondAsync);
        }

        var (app, tokenCode) = tokens.Check(context.Request.Query["access_token"]);
        if (app is null)
        {
            return SendAnswer.Of(tokenCode, null);
        }

        if (check.Request is not { } request)
        {
            var refused = SendAnswer.Of(check.Code, app);
            return refused with { Event = refused.Event with { Violations = check.Problems } };
        }

        // Checked before the code is taken: a welcome refused for its media leaves the code valid for a corrected send.
        if (WelcomeMedia.Problems(request, media, options.Time.GetUtcNow()) is { Count: > 0 } problems)
        {
            var refused = SendAnswer.Of(WeComErrorCode.InvalidMediaId, app);
            return refused with { Event = refused.Event with { Violations = problems } };
        }

        var codeState = codes.TryBegin(request.WelcomeCode.Value);
        if (codeState != WeComErrorCode.Ok)
        {
            return SendAnswer.Of(codeState, app);
        }

        await gate.PassAsync();
        if (options.DeliveryTime > TimeSpan.Zero)
        {
            await Task.Delay(options.DeliveryTime);
        }

        var delivery = codes.Deliver(request.WelcomeCode.Value, app, request, Encoding.UTF8.GetString(body));
        return SendAnswer.Of(WeComErrorCode.Ok, app) with { Delivery = delivery };
    }

    private static async Task<byte[]> BodyAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        return buffer.ToArray();
    }
}

/// <summary>How a send is answered: the event the code's history records, the response to write, and the delivery it made, if any.</summary>
internal sealed record SendAnswer(WelcomeEvent Event, Func<HttpContext, Task> RespondAsync, DeliveredWelcomeMessage? Delivery = null)
{
    /// <summary>WeCom's JSON answer with <paramref name="code"/>, sent through <paramref name="app"/>'s token when one was valid.</summary>
    public static SendAnswer Of(WeComErrorCode code, EmulatedApp? app) => new(
        new WelcomeEvent(default, WelcomeEventKind.SendAnswered, $"{(int)code} {Answers.ErrMsg((int)code)}") { ErrCode = (int)code, App = app?.Name },
        context => Answers.Error(context, code));
}
