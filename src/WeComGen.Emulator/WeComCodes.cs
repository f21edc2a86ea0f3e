namespace WeComGen.Emulator;

/// <summary>The error codes the emulator answers with, as WeCom does.</summary>
internal static class WeComCodes
{
    public const int Ok = 0;
    public const int InvalidSecret = 40001;
    public const int InvalidCorpId = 40013;
    public const int InvalidAccessToken = 40014;
    public const int InvalidParameter = 40058;
    public const int AccessTokenMissing = 41001;
    public const int WelcomeCodeMissing = 41049;
    public const int InvalidWelcomeCode = 41050;
    public const int AlreadyDelivered = 41051;
    public const int InvalidAttachmentType = 41065;
    public const int BeingDistributed = 41096;
    public const int AccessTokenExpired = 42001;

    /// <summary>The <c>errmsg</c> WeCom sends with <paramref name="code"/>.</summary>
    public static string Message(int code) => code switch
    {
        Ok => "ok",
        -1 => "system busy",
        InvalidSecret => "invalid credential",
        InvalidCorpId => "invalid corpid",
        InvalidAccessToken => "invalid access_token",
        InvalidParameter => "invalid parameter",
        AccessTokenMissing => "access_token missing",
        WelcomeCodeMissing => "welcome_code missing",
        InvalidWelcomeCode => "invalid welcome_code",
        AlreadyDelivered => "externaluser has started chatting",
        InvalidAttachmentType => "invalid attachment type",
        BeingDistributed => "welcome msg is being distributed",
        AccessTokenExpired => "access_token expired",
        _ => "error " + code,
    };
}
