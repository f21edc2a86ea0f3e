using System.Text;
using WeComGen.Callbacks;

namespace WeComGen.Redis;

/// <summary>
/// What identifies a callback across instances and re-sends: the corp, the app (agent or suite), the event and
/// change type, the member, the customer, WeCom's <c>CreateTime</c> and the welcome code when there is one. Two
/// customers added in the same second differ by customer and code; WeCom's re-send of one callback, in a fresh
/// envelope or not, is the same. A callback without those fields is identified by its whole decrypted XML.
/// </summary>
internal static class CallbackIdentity
{
    // The callback's own field names: CreateTime for a self-built app, TimeStamp for a third-party one.
    private static readonly string[] Identifying = ["AgentID", "UserID", "ExternalUserID", "CreateTime", "TimeStamp", "WelcomeCode"];

    public static string Of(WeComCallbackEvent callbackEvent)
    {
        var fields = callbackEvent.Fields;
        if (fields.Find("CreateTime") is null && fields.Find("TimeStamp") is null)
        {
            return "xml\n" + callbackEvent.Xml;
        }

        // Each value with its length, so no two different events can run together into one identity.
        var identity = new StringBuilder("event");
        Append(identity, callbackEvent.CorpId);
        Append(identity, callbackEvent.SuiteId);
        Append(identity, callbackEvent.EventName);
        Append(identity, callbackEvent.ChangeType);
        foreach (var name in Identifying)
        {
            Append(identity, fields.Find(name));
        }

        return identity.ToString();
    }

    private static void Append(StringBuilder identity, string? value) =>
        identity.Append('\n').Append(value?.Length ?? -1).Append(':').Append(value);
}
