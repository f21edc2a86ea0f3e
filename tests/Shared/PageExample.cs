namespace WeComGen.Tests;

/// <summary>The request and response examples of the send_welcome_msg page, verbatim.</summary>
internal static class PageExample
{
    public const string Request = """
        {
        	"welcome_code": "CALLBACK_CODE",
        	"text": {
        		"content": "文本消息内容"
        	},
        	"attachments": [{
                "msgtype": "image",
                "image": {
                    "media_id": "MEDIA_ID",
                    "pic_url": "http://p.qpic.cn/pic_wework/3474110808/7a6344sdadfwehe42060/0"
                }
            }, {
                "msgtype": "link",
                "link": {
                    "title": "消息标题",
                    "picurl": "https://example.pic.com/path",
                    "desc": "消息描述",
                    "url": "https://example.link.com/path"
                }
            }, {
                "msgtype": "miniprogram",
                "miniprogram": {
                    "title": "消息标题",
                    "pic_media_id": "MEDIA_ID",
                    "appid": "wx8bd80126147dfAAA",
                    "page": "/path/index.html"
                }
            }, {
                "msgtype": "video",
                "video": {
                    "media_id": "MEDIA_ID"
                }
            },{
        		"msgtype":"file",
        		"file":
        		{
        			"media_id":"MEDIA_ID"
        		}
        	}]
        }
        """;

    public const string Response = """
        {
            "errcode": 0,
            "errmsg": "ok"
        }
        """;
}
