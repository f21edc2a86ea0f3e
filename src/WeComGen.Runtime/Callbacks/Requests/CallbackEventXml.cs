using System;
using System.Collections.Generic;
using System.Globalization;

namespace WeComGen.Callbacks;

/// <summary>
/// Writes decrypted callbacks the way WeCom does, for emulators and tests: the add-external-contact
/// event of a self-built app and of a third-party app.
/// </summary>
public static class CallbackEventXml
{
    /// <summary>
    /// The self-built app's <c>change_external_contact</c> event, as in WeCom's example.
    /// <paramref name="welcomeCode"/> and <paramref name="state"/> are left out when <see langword="null"/>.
    /// </summary>
    public static string ExternalContactAdded(
        string corpId,
        string userId,
        string externalUserId,
        DateTimeOffset createTime,
        string? welcomeCode,
        string? state = null,
        ExternalContactAddType addType = ExternalContactAddType.AddExternalContact)
    {
        var elements = new List<CallbackXmlWriter.Element>
        {
            new(CallbackFieldNames.ToUserName, corpId),
            new("FromUserName", "sys"),
            new(CallbackFieldNames.CreateTime, UnixSeconds(createTime), CData: false),
            new(CallbackFieldNames.MsgType, CallbackFieldNames.EventMsgType),
            new(CallbackFieldNames.Event, CallbackFieldNames.ChangeExternalContact),
        };
        return Write(elements, addType, userId, externalUserId, state, welcomeCode);
    }

    /// <summary>The third-party app's <c>change_external_contact</c> callback (<c>SuiteId</c>, <c>AuthCorpId</c>, <c>InfoType</c>, <c>TimeStamp</c>).</summary>
    public static string ThirdPartyExternalContactAdded(
        string suiteId,
        string authCorpId,
        string userId,
        string externalUserId,
        DateTimeOffset timeStamp,
        string? welcomeCode,
        string? state = null,
        ExternalContactAddType addType = ExternalContactAddType.AddExternalContact)
    {
        var elements = new List<CallbackXmlWriter.Element>
        {
            new(CallbackFieldNames.SuiteId, suiteId),
            new(CallbackFieldNames.AuthCorpId, authCorpId),
            new(CallbackFieldNames.InfoType, CallbackFieldNames.ChangeExternalContact),
            new(CallbackFieldNames.TimeStamp, UnixSeconds(timeStamp), CData: false),
        };
        return Write(elements, addType, userId, externalUserId, state, welcomeCode);
    }

    private static string Write(
        List<CallbackXmlWriter.Element> elements, ExternalContactAddType addType, string userId, string externalUserId, string? state, string? welcomeCode)
    {
        elements.Add(new(CallbackFieldNames.ChangeType, addType.ToWire()));
        elements.Add(new(CallbackFieldNames.UserId, userId));
        elements.Add(new(CallbackFieldNames.ExternalUserId, externalUserId));
        if (state is not null)
        {
            elements.Add(new(CallbackFieldNames.State, state));
        }

        if (welcomeCode is not null)
        {
            elements.Add(new(CallbackFieldNames.WelcomeCode, welcomeCode));
        }

        return CallbackXmlWriter.Write(elements.ToArray());
    }

    private static string UnixSeconds(DateTimeOffset time) => time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
