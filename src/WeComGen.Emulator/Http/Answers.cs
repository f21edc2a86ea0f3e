using System;
using System.Buffers;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace WeComGen.Emulator.Http;

/// <summary>Writes WeCom's JSON answers: always HTTP 200, the outcome in <c>errcode</c>.</summary>
internal static class Answers
{
    public static Task Error(HttpContext context, int errCode) => Write(context, errCode, null);

    public static Task Token(HttpContext context, string accessToken, int expiresIn) =>
        Write(context, WeComCodes.Ok, json =>
        {
            json.WriteString("access_token", accessToken);
            json.WriteNumber("expires_in", expiresIn);
        });

    public static Task WelcomeCode(HttpContext context, string welcomeCode) =>
        Write(context, WeComCodes.Ok, json => json.WriteString("welcome_code", welcomeCode));

    private static Task Write(HttpContext context, int errCode, Action<Utf8JsonWriter>? more)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("errcode", errCode);
            json.WriteString("errmsg", WeComCodes.Message(errCode));
            more?.Invoke(json);
            json.WriteEndObject();
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = buffer.WrittenCount;
        return context.Response.Body.WriteAsync(buffer.WrittenMemory).AsTask();
    }
}
