namespace WeComGen.Callbacks;

/// <summary>The element names of WeCom's callback XML, and the values of them this runtime recognises.</summary>
internal static class CallbackFieldNames
{
    public const string ToUserName = "ToUserName";
    public const string MsgType = "MsgType";
    public const string Event = "Event";
    public const string CreateTime = "CreateTime";
    public const string InfoType = "InfoType";
    public const string SuiteId = "SuiteId";
    public const string AuthCorpId = "AuthCorpId";
    public const string TimeStamp = "TimeStamp";
    public const string ChangeType = "ChangeType";
    public const string UserId = "UserID";
    public const string ExternalUserId = "ExternalUserID";
    public const string State = "State";
    public const string WelcomeCode = "WelcomeCode";

    public const string EventMsgType = "event";
    public const string ChangeExternalContact = "change_external_contact";
    public const string AddExternalContact = "add_external_contact";
    public const string AddHalfExternalContact = "add_half_external_contact";
}
