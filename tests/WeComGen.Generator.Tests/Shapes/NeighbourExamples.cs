namespace WeComGen.Generator.Tests.Shapes;

/// <summary>The response examples of externalcontact/get, media/upload and media/uploadimg, as the contract notes give them.</summary>
internal static class NeighbourExamples
{
    /// <summary>The example response composed from externalcontact/get's documented fields.</summary>
    public const string Customer = """
        {
          "errcode": 0,
          "errmsg": "ok",
          "external_contact": {
            "external_userid": "woAJ2GCAAAXtWyujaWJHDDGi0mACHAAA",
            "name": "李四",
            "position": "Manager",
            "avatar": "https://p.qlogo.cn/bizmail/IcsdgagqefergqerhewSdage/0",
            "corp_name": "腾讯",
            "corp_full_name": "腾讯科技有限公司",
            "type": 2,
            "gender": 1,
            "external_profile": {
              "external_attr": [
                {"type": 0, "name": "文本名称", "text": {"value": "文本"}},
                {"type": 1, "name": "网页名称", "web": {"url": "https://www.example.com", "title": "标题"}},
                {"type": 2, "name": "测试app", "miniprogram": {"appid": "wx8bd80126147df384", "pagepath": "/index", "title": "my miniprogram"}}
              ]
            }
          },
          "follow_user": [
            {
              "userid": "rocky",
              "remark": "李部长",
              "description": "对接采购事务",
              "createtime": 1525779812,
              "tags": [
                {"group_name": "标签分组名称", "tag_name": "标签名称", "tag_id": "etAJ2GCAAAXtWyujaWJHDDGi0mACHAAA", "type": 1},
                {"group_name": "标签分组名称", "tag_name": "标签名称", "type": 2}
              ],
              "remark_corp_name": "腾讯科技",
              "remark_mobiles": ["13800000001", "13000000002"],
              "oper_userid": "rocky",
              "add_way": 1
            },
            {
              "userid": "tommy",
              "remark": "李总",
              "description": "采购问题咨询",
              "createtime": 1525881637,
              "tags": [],
              "remark_corp_name": "",
              "remark_mobiles": [],
              "state": "外联二维码1",
              "oper_userid": "woAJ2GCAAAXtWyujaWJHDDGi0mACHAAA",
              "add_way": 10,
              "wechat_channels": {"nickname": "视频号名称", "source": 1}
            }
          ],
          "next_cursor": ""
        }
        """;

    /// <summary>An error answer of externalcontact/get as a developer saw it: the empty members are still sent.</summary>
    public const string CustomerError = """
        {"errcode":60011,"errmsg":"no privilege to access/modify contact/party/agent , hint:[1590000000_1_abc], from ip: 1.2.3.4, more info at https://open.work.weixin.qq.com/devtool/query?e=60011","external_contact":{},"follow_user":[]}
        """;

    /// <summary>media/upload's page example: <c>created_at</c> is a string.</summary>
    public const string UploadMedia = """
        {"errcode": 0, "errmsg": "", "type": "image", "media_id": "1G6nrLmr5EC3MMb_-zK1dDdzmd0p7cNliYu9V5w7o8K0", "created_at": "1380000000"}
        """;

    /// <summary>media/uploadimg's page example.</summary>
    public const string UploadImage = """
        {"errcode": 0, "errmsg": "", "url": "http://p.qpic.cn/pic_wework/3474110808/7a7c8471673ff0f178f63447935d35a5c1247a7f31d9c060/0"}
        """;
}
