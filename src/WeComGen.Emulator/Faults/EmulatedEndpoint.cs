namespace WeComGen.Emulator.Faults;

/// <summary>The endpoints faults can be injected into.</summary>
public enum EmulatedEndpoint
{
    /// <summary><c>GET /cgi-bin/gettoken</c>.</summary>
    GetToken,

    /// <summary><c>POST /cgi-bin/externalcontact/send_welcome_msg</c>.</summary>
    SendWelcomeMsg,

    /// <summary><c>GET /cgi-bin/externalcontact/get</c>.</summary>
    ExternalContactGet,

    /// <summary><c>POST /cgi-bin/media/upload</c>.</summary>
    MediaUpload,

    /// <summary><c>POST /cgi-bin/media/uploadimg</c>.</summary>
    MediaUploadImg,
}
