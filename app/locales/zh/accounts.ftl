## 账户、成员名录和管理页面

nav-members = 成员
nav-sign-in = 登录
nav-sign-out = 退出登录
nav-account = 我的账户
nav-admin = 管理
nav-join = 申请加入

form-problems-title = 存在问题
choose = 请选择……
save = 保存

field-email = 电子邮件地址
field-password = 密码
field-new-password = 新密码
field-current-password = 当前密码
field-name = 姓名
field-job-title = 职务（选填）
field-listed = 在本组织的公开页面上列出我的信息
field-organisation-name = 组织名称
field-organisation = 组织
field-group = 利益攸关方群体
field-country = 国家
field-website = 网站（选填）
field-motivation = 您为什么希望加入？
field-description = 简介
field-logo = 标志（选填）
field-role = 角色
field-decline-reason = 拒绝理由（将发送给联系人）
password-hint = 至少12个字符。由几个互不相关的词组成的密码既安全又好记。
website-hint = 完整网址，以https://开头
motivation-hint = 用几句话介绍贵组织在政府数字能力方面开展的工作。
logo-hint = PNG、JPEG、WebP或GIF格式，不超过2 MB。图片会缩放至256 × 256像素以内。

error-required = 请填写此栏。
error-too-long = 内容过长。
error-email = 请输入电子邮件地址，例如name@example.org。
error-email-taken = 使用此电子邮件地址的账户已经存在。
error-password-short = 请至少使用12个字符。
error-password-long = 最多使用128个字符。
error-password-wrong = 您的当前密码不正确。
error-sign-in-failed = 电子邮件地址或密码不正确。
error-website = 请输入以https://开头的完整网址
error-choose-group = 请选择一个利益攸关方群体。
error-choose-role = 请选择一个角色。
error-choose-organisation = 请从列表中选择一个组织。
error-country-unknown = 请从列表中选择一个国家。
error-own-role = 您不能取消自己的管理员角色。
error-link-unknown = 此链接无效。请检查是否完整复制了链接。
error-link-used = 此链接已被使用过。每个链接只能使用一次。
error-link-expired = 此链接已过期。
error-logo-too-big = 标志超过2 MB。
error-logo-type = 标志必须是PNG、JPEG、WebP或GIF图片。
error-logo-unreadable = 无法将该标志读取为图片。

notice-signed-in = 您已登录。
notice-signed-out = 您已退出登录。
notice-password-changed = 您的密码已更改。其他所有会话均已退出登录。
notice-profile-saved = 您的个人资料已保存。
notice-session-revoked = 该会话已退出登录。
notice-reset-sent = 如果有账户使用该地址，我们已向其发送一个设置新密码的链接。链接在一小时内有效。
notice-join-sent = 谢谢。您的申请已发送；管理员将通过电子邮件答复。
notice-invitation-sent = 邀请已发送。
notice-request-accepted = 申请已接受：该组织已创建，并已向其联系人发出邀请。
notice-request-declined = 申请已拒绝，并已告知联系人理由。
notice-organisation-saved = 组织信息已保存。
notice-role-changed = 已保存。如果角色有变，此人须重新登录才能使用新角色。
notice-welcome = 欢迎来到Coalition Hub。您的账户已准备就绪。

sign-in-title = 登录
sign-in-submit = 登录
sign-in-forgot = 忘记密码？
sign-in-no-account = 还没有账户？账户面向成员组织的人员。
sign-in-already = 您已作为{ $name }登录。

forgot-title = 设置新密码
forgot-lead = 请输入您账户的电子邮件地址。我们将向您发送一个设置新密码的链接。
forgot-submit = 发送链接

reset-title = 设置新密码
reset-submit = 保存新密码
reset-again = 申请新链接

invitation-title = 接受邀请
invitation-lead = 您受邀以{ $email }加入Coalition Hub，角色为{ $role }。请填写您的姓名并设置密码，以完成注册。
invitation-lead-org = 您受邀以{ $email }代表{ $organisation }加入Coalition Hub，角色为{ $role }。请填写您的姓名并设置密码，以完成注册。
invitation-submit = 创建我的账户
invitation-again = 请管理员重新发送邀请

account-title = 我的账户
account-sign-in = 请登录后查看此页面。
account-role = 角色
account-organisation = 组织
account-no-organisation = 无所属组织
account-profile = 个人资料
account-password = 密码
account-change-password = 更改密码
account-sessions = 您的登录位置
session-current = （本浏览器）
session-unknown-browser = 未知浏览器
session-meta = 来自{ $address } · 登录于{ $created } · 最近活动于{ $seen }
session-revoke = 让此会话退出登录
session-sign-out = 在此退出登录

role-member = 成员
role-editor = 编辑
role-admin = 管理员

members-title = 成员
members-lead = 组成本联盟的各国政府、公共行政学院、国际组织、大学、民间社会团体和企业。
members-filters = 筛选成员
members-count = { $count ->
    [0] 没有组织
   *[other] { $count }个组织
}
members-empty = 没有符合这些筛选条件的成员组织。
filter-group = 利益攸关方群体
filter-country = 国家
filter-region = 区域
filter-any = 不限
filter-apply = 显示
filter-clear = 清除筛选条件

group-government = 政府
group-school-of-public-administration = 公共行政学院
group-international-organisation = 国际或政府间组织
group-academia = 学术界
group-civil-society = 民间社会
group-private-sector = 私营部门
group-media = 媒体
group-technical-community = 技术界

region-africa = 非洲
region-americas = 美洲
region-asia = 亚洲
region-europe = 欧洲
region-oceania = 大洋洲
region-antarctica = 南极洲

org-people = 人员
org-people-empty = 尚未列出该组织的任何人员。
org-logo-alt = { $name }的标志
org-current-logo = 当前标志
org-edit = 编辑该组织

join-title = 申请加入联盟
join-lead = 欢迎致力于提升公务员数字能力和人工智能能力的组织加入。管理员会阅读每一份申请，并通过电子邮件答复。
join-organisation = 贵组织
join-contact = 联系人
join-submit = 发送申请

admin-title = 管理
admin-join-requests = 加入申请
admin-invite = 邀请人员
admin-new-organisation = 添加组织
admin-people = 人员和角色
admin-audit = 审计日志
join-requests-empty = 尚无申请。
request-pending = 待处理
request-accepted = 已接受
request-declined = 已拒绝
request-contact = 联系人：{ $name }（{ $email }）
request-declined-because = 已拒绝：{ $reason }
request-accept = 接受并邀请联系人
request-decline = 拒绝
invite-submit = 发送邀请
field-invitation-lang = 邀请邮件的语言
person-sessions = { $count ->
    [0] 未登录
   *[other] { $count }个打开的会话
}
audit-when = 时间
audit-who = 操作人
audit-what = 操作
audit-target = 对象
audit-detail = 详情
audit-from = 来源
audit-command-line = 命令行

mail-reset-subject = 为您的Coalition Hub账户设置新密码
mail-reset-body = { $name }，您好：

    有人（很可能是您本人）申请为您的Coalition Hub账户设置新密码。
    请在一小时内打开以下链接完成设置：

    { $link }

    如果不是您本人操作，请忽略此邮件：您的密码将保持不变。
mail-invite-subject = 您受邀加入Coalition Hub（{ $organisation }）
mail-invite-body = 您好：

    { $inviter }邀请您代表{ $organisation }加入Coalition Hub。
    请在七天内打开以下链接，填写您的姓名并设置密码：

    { $link }

    此链接只能使用一次。如果您并未预期收到此邮件，请忽略。
mail-declined-subject = 关于您加入Coalition Hub的申请
mail-declined-body = { $name }，您好：

    感谢{ $organisation }对本联盟的关注。我们目前无法接受该申请，理由如下：

    { $reason }
