## 翻译集：同一作品的多种语言版本

translations-also-in = 其他语言版本：
translations-outdated = 本译文依据的是原文的较早版本，原文此后已有修改。
translations-read-original = 阅读原文
translations-offer = 翻译成其他语言
translations-role-original = 原文
translations-role-translation = 译文
translations-role-outdated = 待更新的译文

translations-start-title = 开始翻译
translations-original-of-kind = 原文（{ $kind }）
translations-original-language = 原文语言：
translations-complete = 该内容已有全部六种语言的版本。
translations-language-label = 译入语言
translations-language-choose = 请选择语言
translations-start-hint = 系统将打开一份草稿，其中已填入原文，原文同时显示在旁边。草稿须经过与其他草稿相同的审核，才会向读者公开。
translations-start-button = 开始翻译
translations-source-title = 原文（{ $from }）；您的译文：{ $into }

translations-desk-title = 待翻译内容
translations-desk-link = 待翻译内容
translations-filter-language = 语言
translations-filter-kind = 内容类型
translations-filter-all = 全部
translations-filter-button = 显示
translations-desk-missing = 缺少某种语言版本的内容
translations-desk-outdated = 待更新的译文
translations-desk-none = 暂无内容。
translations-col-work = 内容
translations-col-kind = 类型
translations-col-original = 原文语言
translations-col-missing = 缺少的语言
translations-col-outdated = 待更新的译文

translations-error-language = 请从六种语言中选择一种：阿拉伯文、中文、英文、法文、俄文或西班牙文。
translations-error-exists = 该内容已有这种语言的版本。
translations-error-of-translation = 这是一篇译文，请从原文开始翻译。
translations-error-other-set = 该内容已属于另一项内容的翻译集。

notice-translation-started = 您的翻译草稿已准备好：表单中已填入原文，请将其改写为新语言。
