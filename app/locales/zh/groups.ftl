## 工作组

nav-groups = 工作组
kind-group = 工作组
kind-output = 工作组成果
field-group-name = 名称
field-charter = 章程
field-visibility = 谁可以查看本组
field-quorum = 所需认可人数

groups-title = 工作组
groups-lead = 联盟成员围绕选定主题共同撰写指南、课程和立场文件。工作组认可的成果在此向所有人发布。
groups-empty = 目前还没有您可以查看的工作组。
groups-outputs = 已认可的成果
group-new = 创建工作组
group-create = 创建本组
group-field-name = 名称
group-field-theme = 主题
group-field-charter = 章程
group-hint-charter = 本组的工作内容、工作方式和期限。支持Markdown；第一段将作为工作组列表中的简介。
group-field-visibility = 谁可以查看本组
group-field-quorum = 所需认可人数
group-hint-quorum = 一个修订版本须经多少名成员认可才能作为本组成果发布（1至50）。
group-visibility-public = 公开
group-visibility-members = 仅限平台成员
group-visibility-private = 仅限本组成员
group-member-count = { $count ->
    [0] 没有成员
   *[other] { $count }名成员
}
group-latest-activity = 最近活动：{ $date }
group-led-by = 牵头方：{ $organisations }
group-endorsed-by = 已于{ $date }获{ $group }工作组认可
group-approved-by = 批准人：{ $names }
group-output-revision = 第{ $number }版
group-badge-endorsed = 已认可

group-charter = 章程
group-you-are-lead = 您是本组的牵头人。
group-you-are-member = 您是本组成员。
group-leave = 退出本组
group-request-pending = 您已申请加入；本组牵头人将予以答复。
group-invited = 一位牵头人邀请您加入本组。
group-accept-invitation = 接受邀请
group-decline-invitation = 拒绝
group-ask-to-join = 申请加入
group-sign-in-to-join = 登录后申请加入
group-documents = 文件
group-documents-empty = 本组尚无文件。
group-field-document-title = 新文件的标题
group-field-document-language = 文件语言
group-document-language = 语言：
group-field-title = 标题
group-rename-title = 修改文件标题
group-rename-hint = 文件内容变化时可修改标题；译本应使用其自身语言的标题。
group-rename = 保存标题
group-create-document = 创建文件
group-updated-on = 更新于{ $date }
group-activity = 近期活动
group-activity-empty = 尚无任何活动。
group-activity-edit = 编辑了
group-activity-merge = 编辑了（已合并）
group-activity-restore = 恢复了早期版本：
group-activity-endorsed = 已作为认可成果发布：
group-members = 成员
group-pending = 等待答复
group-role-lead = 牵头人
group-role-member = 成员
group-standing-requested = 已申请加入
group-standing-invited = 已受邀
group-action-accept = 接受{ $name }
group-action-decline = 拒绝{ $name }
group-action-withdraw = 撤回对{ $name }的邀请
group-action-make-lead = 将{ $name }设为牵头人
group-action-make-member = 将{ $name }设为成员
group-action-remove = 移除{ $name }
group-field-invite = 邀请他人
group-hint-invite = 对方在本平台账户的电子邮件地址。
group-invite = 邀请
group-settings = 工作组设置
group-save-settings = 保存设置

group-history = 历史记录
group-revision-line = 第{ $number }版 · { $kind } · { $author } · { $date }
group-kind-edit = 编辑
group-kind-merge = 合并编辑
group-kind-conflict = 冲突
group-kind-restore = 恢复
group-open-conflicts = 您有一些修改与他人的修改重叠，尚未纳入文本。请加以协调：
group-document-empty = 本文件尚无文本。请在下方撰写第一版。
group-also-editing = 目前同时在编辑的还有：{ $names }
group-current-text = 当前文本
group-edit = 编辑
group-field-body = 正文
group-hint-body = 支持Markdown，每行一段。对不同段落的修改会与他人的修改合并；对同一段落的修改会保留下来，由您进行协调。
group-your-changes = 您的修改
group-no-changes = 尚无修改。
group-changes-failed = 目前无法比较您的修改；您的文本已妥善保存。
group-field-note = 修改说明（选填）
group-hint-note = 用几个词记入历史记录。
group-save = 保存
group-show-changes = 显示我的修改
group-endorsement = 认可
group-published-revision = 第{ $number }版自{ $date }起作为本组成果发布。
group-read-output = 阅读
group-endorsement-count = 第{ $number }版已提请认可：需要{ $quorum }人认可，目前{ $count }人（共{ $members }名成员）。
group-endorsed-so-far = 已认可：{ $names }。
group-endorse = 认可第{ $number }版
group-propose-hint = 文本准备就绪后，请提请认可：一旦有足够多的成员认可这一确切版本，即予发布。此后的任何编辑都需要重新征求认可。
group-propose = 提请认可第{ $number }版
group-not-proposed = 当前文本尚未提请认可。

group-history-of = { $title }的历史记录
group-history-caption = 所有修订版本，最新的在前。冲突与文本并列保存，绝不覆盖文本。
group-col-revision = 版本
group-col-kind = 类型
group-col-author = 作者
group-col-note = 说明
group-col-saved = 保存时间
group-col-actions = 操作
group-current = 当前
group-compare = 比较
group-compare-from = 起始版本
group-compare-to = 目标版本
group-compare-previous = 修改
group-restore = 恢复第{ $number }版
group-restore-note = 已恢复第{ $number }版
group-compare-title = 从第{ $from }版到第{ $to }版的修改
group-diff-added = 新增
group-diff-removed = 删除
group-no-difference = 这两个版本的文本相同。
group-revision-title = { $title }第{ $number }版
group-conflict-explained = 您的修改与他人在您编辑期间保存的修改重叠。没有任何内容丢失：您的文本保存在这里，当前文本没有改变。请在下方协调两者。
group-conflict-current = 当前文本
group-conflict-yours = 您的文本
group-conflict-difference = 您的文本与当前文本的差异
group-diff-yours = 仅见于您的文本
group-diff-theirs = 仅见于当前文本
group-conflict-resolve = 协调
group-conflict-resolve-hint = 编辑您的文本，保留另一处修改所需的内容，然后将其保存为新版本。
group-conflict-save = 保存协调后的文本
group-resolve-note = 已协调冲突{ $number }

notice-group-created = 工作组已创建。您是牵头人。
notice-group-join-asked = 您的申请已发送给本组牵头人。
notice-group-joined = 欢迎加入本组。
notice-group-invitation-declined = 您已拒绝邀请。
notice-group-left = 您已退出本组。
notice-group-invited = 邀请已发送。
notice-group-member-changed = 成员信息已更新。
notice-group-settings-saved = 设置已保存。
notice-group-document-created = 文件已创建。请撰写第一版。
notice-group-saved = 您的修改已保存。
notice-group-merged = 您编辑期间有人保存了修改；这些修改涉及其他段落，因此两者现已同时纳入文本。
notice-group-conflict = 您的修改与他人的修改重叠。您的文本已保存为此版本；请在下方进行协调。
notice-group-proposed = 该版本已提请认可。
notice-group-endorsed = 您的认可已记录。
notice-group-published = 您的认可使人数达到法定要求：该版本已作为本组成果发布。
notice-group-restored = 早期版本已恢复为当前文本。

group-error-quorum = 请输入1至50之间的数字。
group-error-last-lead = 工作组至少需要一名牵头人：请先将其他人设为牵头人。
group-error-no-account = 没有人使用此地址注册账户。对方可先申请加入本平台。
group-error-already-member = 此人已在本组中或已受邀。
group-error-not-head = 自您打开以来文本已有改动：请先阅读当前版本。
group-error-translate-members = 只有本工作组的成员才能翻译其文件：请先申请加入本组。
group-diff-source = Markdown源文本中的修改

mail-group-invite-subject = 邀请您加入{ $group }工作组
mail-group-invite-body = { $name }邀请您加入Coalition Hub上的“{ $group }”工作组。

    请登录并在工作组页面上接受邀请：
    { $link }
mail-group-request-subject = { $name }申请加入{ $group }
mail-group-request-body = { $name }申请加入您在Coalition Hub上牵头的“{ $group }”工作组。

    请在工作组页面上接受或拒绝该申请：
    { $link }
mail-group-accepted-subject = 欢迎加入{ $group }工作组
mail-group-accepted-body = { $name }已接受您的申请：您现在是Coalition Hub上“{ $group }”工作组的成员。

    { $link }
