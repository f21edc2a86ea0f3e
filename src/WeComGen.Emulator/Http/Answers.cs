using System;
using System.Buffers;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using WeComGen.Emulator.Callbacks;
using WeComGen.ExternalContact;

namespace WeComGen.Emulator.Http;

/// <summary>Writes WeCom's JSON answers: always HTTP 200, the outcome in <c>errcode</c>, the table's <c>errmsg</c>.</summary>
internal static class Answers
{
    public static Task Error(HttpContext context, WeComErrorCode code) => Error(context, (int)code);

    public static Task Error(HttpContext context, int code) => Write(context, code, null, null);

    /// <summary>An error whose <c>errmsg</c> says what the emulator needs (its own routes only).</summary>
    public static Task Error(HttpContext context, WeComErrorCode code, string message) => Write(context, (int)code, message, null);

    public static Task Token(HttpContext context, string accessToken, int expiresIn) =>
        Write(context, (int)WeComErrorCode.Ok, null, json =>
        {
            json.WriteString("access_token", accessToken);
            json.WriteNumber("expires_in", expiresIn);
        });

    public static Task WelcomeCode(HttpContext context, string welcomeCode) =>
        Write(context, (int)WeComErrorCode.Ok, null, json => json.WriteString("welcome_code", welcomeCode));

    /// <summary>The added customer's welcome code and what the callback URL answered (<c>callback_status</c> 0 for none).</summary>
    public static Task CustomerAdded(HttpContext context, AddedCustomer customer) =>
        Write(context, (int)WeComErrorCode.Ok, null, json =>
        {
            json.WriteString("welcome_code", customer.WelcomeCode);
            json.WriteNumber("callback_status", (int?)customer.Answer.StatusCode ?? 0);
            json.WriteString("callback_answer", customer.Answer.Problem ?? customer.Answer.Body);
        });

    /// <summary>The <c>errmsg</c> WeCom answers with <paramref name="code"/>: the table's errmsg, else its meaning.</summary>
    public static string ErrMsg(int code) => WeComErrorCodeTable.Instance.Find(code) is { } row ? row.ErrMsg ?? row.Meaning : "error " + code;

    /// <summary>What the emulator counted: <c>gettoken</c> calls, deliveries, sends of a code already being or been delivered, late deliveries.</summary>
    public static Task Stats(HttpContext context, int getTokenCalls, int deliveries, int repeatedSends, int lateDeliveries) =>
        Write(context, (int)WeComErrorCode.Ok, null, json =>
        {
            json.WriteNumber("gettoken_calls", getTokenCalls);
            json.WriteNumber("deliveries", deliveries);
            json.WriteNumber("repeated_sends", repeatedSends);
            json.WriteNumber("late_deliveries", lateDeliveries);
        });

    /// <summary>WeCom's JSON answer: <c>errcode</c>, <c>errmsg</c> (the table's when <paramref name="errmsg"/> is null), then <paramref name="more"/>.</summary>
    public static Task Write(HttpContext context, int code, string? errmsg, Action<Utf8JsonWriter>? more)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("errcode", code);
            json.WriteString("errmsg", errmsg ?? ErrMsg(code));
            more?.Invoke(json);
            json.WriteEndObject();
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = buffer.WrittenCount;
        return context.Response.Body.WriteAsync(buffer.WrittenMemory).AsTask();
    }
}
