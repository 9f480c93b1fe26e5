## 活动：会议、论坛会议、网络研讨会、培训和研讨会

nav-events = 活动
kind-event = 活动

events-title = 活动
events-lead = 联盟及其成员举办的会议、论坛会议、网络研讨会、培训和研讨会：会前信息，以及会后成果。
events-upcoming = 即将举行
events-past = 往期活动
events-none-upcoming = 没有符合这些筛选条件的即将举行的活动。
events-facets = 筛选活动
events-calendar = 将这些活动添加到您的日历（iCalendar）
events-feed = 新活动订阅源
events-propose = 提议举办活动
events-waiting = 待审核的提议
events-of-organisation = 活动
events-facet-when = 时间
events-facet-kind = 活动类型
events-facet-format = 形式
events-facet-lang = 语言
events-facet-region = 区域
events-facet-org = 组织
events-when-upcoming = 即将举行
events-when-past = 已举行

event-kind-conference = 会议
event-kind-session = 论坛会议
event-kind-webinar = 网络研讨会
event-kind-training = 培训
event-kind-seminar = 研讨会
event-format-in-person = 线下
event-format-online = 线上
event-format-hybrid = 线下和线上
event-schedule-scheduled = 按期举行
event-schedule-postponed = 已推迟
event-schedule-cancelled = 已取消
event-not-stated = 未注明

event-facts = 概览
event-fact-when = 时间
event-fact-kind = 类型
event-fact-format = 形式
event-fact-place = 地点
event-fact-online = 线上会议室
event-fact-languages = 语言
event-fact-interpretation = 口译
event-fact-organisers = 主办方
event-fact-links = 链接
event-online-for-registrants = 链接将发送给已报名的参加者。
event-your-time = 您当地的时间：
event-add-to-calendar = 添加到日历
event-people = 主持人和发言人
event-moderators = 主持人
event-speakers = 发言人
event-agenda = 议程
event-organise-link = 报名和成果记录
event-edit-link = 编辑活动

event-outcome = 成果记录
event-outcome-key-issues = 讨论的关键问题
event-outcome-outcomes = 具体成果
event-outcome-plan = 行动计划
event-outcome-recordings = 录像
event-outcome-slides = 幻灯片和文件
event-outcome-organisations = 参加的组织
event-outcome-attendance = 共有{ $count }人参加。
event-plan-action = 行动
event-plan-owner = 负责人
event-plan-due = 完成时间

event-registration = 报名
event-places = 剩余名额{ $left }个，共{ $capacity }个。
event-registration-closed = 报名已截止。
event-registration-full = 本活动名额已满。
event-registration-waitlist = 本活动名额已满：您可以加入候补名单，一旦有空出的名额即归您所有。
event-registration-moderated = 主办方会逐一确认报名；您将收到电子邮件。
event-registration-privacy = 只有主办方能看到您的姓名和电子邮件地址。这些信息将在活动结束30天后删除。
event-register = 报名
event-my-registration = 我的报名
event-registration-holder = { $name }的报名。
event-registration-is-pending = 正在等待主办方确认。
event-registration-is-accepted = 您已获得名额。
event-registration-is-waitlisted = 您在候补名单上。
event-registration-is-declined = 主办方未能接受您的报名。
event-registration-is-cancelled = 报名已取消。
event-online-room = 线上会议室：
event-cancel-registration = 取消我的报名

event-organise-title = 活动组织：{ $title }
event-registrations = 报名情况
event-registrations-none = 尚无人报名。
event-registrations-purged = 报名信息已在活动结束后删除。
event-registrations-csv = 下载名单（CSV）
event-registration-status = 状态
event-registration-when = 报名时间
event-registration-decision = 决定
event-registration-pending = 等待确认
event-registration-accepted = 已获名额
event-registration-waitlisted = 在候补名单上
event-registration-declined = 已拒绝
event-registration-cancelled = 已取消
event-decide-for = 对{ $name }的决定
event-accept = 接受
event-decline = 拒绝
event-schedule-title = 取消或推迟
event-schedule-hint = 所有报名者都会收到电子邮件，已导入该活动的日历也会随之更新。
event-postpone = 推迟活动
event-cancel = 取消活动
event-outcome-hint = 活动取得的成果：每行一项。成果将显示在活动页面上，可通过搜索找到，并列入各组织的页面。
event-outcome-save = 保存成果记录

event-propose-title = 提议举办活动
event-lang = 说明文字的语言
event-view-public = 查看已发布的活动
event-read-only = 在当前状态下，您无法修改此活动。
event-hint-time = 按活动所在时区填写：2030-05-28T10:00；如时间未定，只填日期（2030-05-28）。
event-hint-time-zone = IANA时区数据库中的名称：Europe/Paris、Africa/Nairobi、America/Bogota、UTC。
event-hint-online-url = 仅向已获名额的报名参加者显示。
event-hint-languages = 语言代码，以逗号分隔：en, fr, es。
event-hint-one-a-line = 每行一项。
event-hint-agenda = 支持Markdown。
event-hint-links = 每行一个：标签 | https://…
event-hint-capacity = 不限名额请留空。
event-hint-plan = 每行一项：行动 | 负责人 | 日期（2030-12-31）；负责人和日期可不填。

field-kind = 活动类型
field-format = 形式
field-starts = 开始
field-ends = 结束
field-time-zone = 时区
field-venue = 场地和会议室（选填）
field-address = 地址（选填）
field-online-url = 线上会议室链接（选填）
field-languages = 语言（选填）
field-interpretation = 口译（选填）
field-organisers = 主办组织（选填）
field-moderators = 主持人（选填）
field-speakers = 发言人（选填）
field-agenda = 议程（选填）
field-registration = 可在本平台报名
field-capacity = 名额（选填）
field-waitlist = 名额已满时启用候补名单
field-moderated = 由我逐一确认报名
field-key-issues = 讨论的关键问题
field-outcomes = 具体成果
field-plan = 行动计划
field-recordings = 录像
field-slides = 幻灯片和文件
field-attendance = 参加人数（选填）
field-attending = 参加的组织

event-error-kind = 请选择活动类型。
event-error-format = 请选择活动形式。
event-error-language = 请使用en或fr等语言代码。
event-error-url = 请提供以https://开头的网址。
event-error-link = “{ $value }”不是以https://开头的网址。
event-error-time-zone = “{ $value }”不是IANA数据库中的时区（例如Europe/Paris或UTC）。
event-error-time = 请填写日期和时间，例如2030-05-28T10:00，或只填日期。
event-error-mixed-times = 开始和结束须同时填写时间，或同时只填日期。
event-error-end-before-start = 结束时间必须晚于开始时间。
event-error-capacity = 名额必须是1至100000之间的整数。
event-error-capacity-below-accepted = 已有{ $value }人获得名额：名额不能少于此数。
event-error-tag = “{ $value }”不是分类体系中的术语。
event-error-plan-action = 每个计划项目都需要一项行动。
event-error-plan-date = “{ $value }”不是日期（例如2030-12-31）。
event-error-attendance = 参加人数必须是整数。
event-error-registration-closed = 本活动的报名已截止。
event-error-registration-over = 活动已经开始：报名已截止。
event-error-full = 本活动名额已满，且没有候补名单。
event-error-already-registered = 此电子邮件地址已报名参加本活动。

events-notice-registration-accepted = 您已报名成功。一封附有日历活动的确认邮件已发往您的电子邮箱。
events-notice-registration-waitlisted = 您在候补名单上。一旦有名额归您，我们会立即发电子邮件通知您。
events-notice-registration-pending = 您的报名正在等待主办方确认。我们会发电子邮件通知您。
events-notice-registration-cancelled = 您的报名已取消。
events-notice-registration-decided = 已通过电子邮件通知报名者。
events-notice-outcome-saved = 成果记录已保存。
events-notice-event-schedule-changed = 活动已更改，并已通过电子邮件通知所有报名者。
events-notice-event-submitted = 您的活动已提交，将由编辑审核。
events-notice-event-status-changed = 活动状态已更改。
events-notice-draft-saved = 草稿已保存。

event-mail-accepted-subject = 报名成功：{ $title }
event-mail-accepted-body = { $name }，您好：

    您已获得“{ $title }”的参加名额，时间：{ $when }。
    活动页面：{ $page }
    附件为该活动的日历文件，可添加到您的日历。
event-mail-waitlisted-subject = 候补名单：{ $title }
event-mail-waitlisted-body = { $name }，您好：

    “{ $title }”（{ $when }）名额已满，您已列入候补名单。一旦有名额归您，我们会立即发电子邮件通知您。
    活动页面：{ $page }
event-mail-pending-subject = 已收到报名：{ $title }
event-mail-pending-body = { $name }，您好：

    “{ $title }”（{ $when }）的主办方会逐一确认报名。我们会通过电子邮件将主办方的答复告知您。
    活动页面：{ $page }
event-mail-declined-subject = 报名未获接受：{ $title }
event-mail-declined-body = { $name }，您好：

    “{ $title }”（{ $when }）的主办方未能接受您的报名。
    活动页面：{ $page }
event-mail-online = 线上会议室：{ $url }
event-mail-manage = 您的报名（可在此取消）：{ $link }
event-mail-manage-earlier = 如需取消，请使用确认邮件中的链接。
event-mail-reminder-day-subject = 提醒：{ $title }
event-mail-reminder-day-body = { $name }，您好：

    谨提醒您，“{ $title }”即将举行：{ $when }。
    活动页面：{ $page }
event-mail-reminder-hour-subject = 一小时后开始：{ $title }
event-mail-reminder-hour-body = { $name }，您好：

    “{ $title }”将于一小时后开始：{ $when }。
    活动页面：{ $page }
event-mail-cancelled-subject = 已取消：{ $title }
event-mail-cancelled-body = { $name }，您好：

    “{ $title }”（{ $when }）已取消。附件中的活动文件将更新您的日历。
    活动页面：{ $page }
event-mail-postponed-subject = 已推迟：{ $title }
event-mail-postponed-body = { $name }，您好：

    “{ $title }”已推迟。我们会通过电子邮件告知您新的时间。
    活动页面：{ $page }
event-mail-moved-subject = 时间变更：{ $title }
event-mail-moved-body = { $name }，您好：

    “{ $title }”的时间已变更为：{ $when }。附件中的活动文件将更新您的日历。
    活动页面：{ $page }
event-mail-outcome-subject = 尚缺成果记录：{ $title }
event-mail-outcome-body = 您好：

    “{ $title }”已于两周前举行，但其成果记录（关键问题、成果、行动计划）尚未撰写。您可以在此撰写：{ $link }
