<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>filingassist</name>
    <message>
      <source>English</source>
      <translation>英语</translation>
    </message>
    <message>
      <source>French</source>
      <translation>法语</translation>
    </message>
    <message>
      <source>Spanish</source>
      <translation>西班牙语</translation>
    </message>
    <message>
      <source>Agent</source>
      <translation>代理人</translation>
    </message>
    <message>
      <source>All designated States</source>
      <translation>所有指定国</translation>
    </message>
    <message>
      <source>All designated States except the United States</source>
      <translation>除美国以外的所有指定国</translation>
    </message>
    <message>
      <source>The United States only</source>
      <translation>仅美国</translation>
    </message>
    <message>
      <source>Applicant</source>
      <translation>申请人</translation>
    </message>
    <message>
      <source>Representative</source>
      <translation>代理人</translation>
    </message>
    <message>
      <source>Common representative</source>
      <translation>共同代表</translation>
    </message>
    <message>
      <source>Application</source>
      <translation>申请</translation>
    </message>
    <message>
      <source>Registration</source>
      <translation>注册</translation>
    </message>
    <message>
      <source>Bank transfer</source>
      <translation>银行转账</translation>
    </message>
    <message>
      <source>Credit card</source>
      <translation>信用卡</translation>
    </message>
    <message>
      <source>Deposit account</source>
      <translation>存款账户</translation>
    </message>
    <message>
      <source>WIPO current account</source>
      <translation>WIPO往来账户</translation>
    </message>
    <message>
      <source>Through the Office of origin</source>
      <translation>通过原属局</translation>
    </message>
    <message>
      <source>Individual mark</source>
      <translation>个人商标</translation>
    </message>
    <message>
      <source>Collective mark</source>
      <translation>集体商标</translation>
    </message>
    <message>
      <source>Certification mark</source>
      <translation>证明商标</translation>
    </message>
    <message>
      <source>Guarantee mark</source>
      <translation>保证商标</translation>
    </message>
    <message>
      <source>Three-dimensional</source>
      <translation>立体</translation>
    </message>
    <message>
      <source>Sound</source>
      <translation>声音</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>颜色</translation>
    </message>
    <message>
      <source>Hologram</source>
      <translation>全息图</translation>
    </message>
    <message>
      <source>Motion</source>
      <translation>动态</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>位置</translation>
    </message>
    <message>
      <source>Pattern</source>
      <translation>图案</translation>
    </message>
    <message>
      <source>Multimedia</source>
      <translation>多媒体</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>Word</source>
      <translation>文字</translation>
    </message>
    <message>
      <source>Figurative</source>
      <translation>图形</translation>
    </message>
    <message>
      <source>Combined</source>
      <translation>组合</translation>
    </message>
    <message>
      <source>Shape (3-D)</source>
      <translation>形状（立体）</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>国籍</translation>
    </message>
    <message>
      <source>Domicile</source>
      <translation>住所</translation>
    </message>
    <message>
      <source>Real and effective establishment</source>
      <translation>真实有效的工商营业所</translation>
    </message>
    <message>
      <source>Natural person</source>
      <translation>自然人</translation>
    </message>
    <message>
      <source>Legal entity</source>
      <translation>法人</translation>
    </message>
    <message>
      <source>Use in commerce</source>
      <translation>商业使用</translation>
    </message>
    <message>
      <source>Intent to use</source>
      <translation>意图使用</translation>
    </message>
    <message>
      <source>Foreign registration</source>
      <translation>外国注册</translation>
    </message>
    <message>
      <source>Foreign application</source>
      <translation>外国申请</translation>
    </message>
    <message>
      <source>None</source>
      <translation>无</translation>
    </message>
    <message>
      <source>National</source>
      <translation>国家</translation>
    </message>
    <message>
      <source>Regional</source>
      <translation>地区</translation>
    </message>
    <message>
      <source>International</source>
      <translation>国际</translation>
    </message>
    <message>
      <source>International (PCT)</source>
      <translation>国际（PCT）</translation>
    </message>
    <message>
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>Request in XML</source>
      <translation>请求书采用XML</translation>
    </message>
    <message>
      <source>Everything in XML</source>
      <translation>全部采用XML</translation>
    </message>
    <message>
      <source>Nordic Patent Institute</source>
      <translation>北欧专利局</translation>
    </message>
    <message>
      <source>Visegrad Patent Institute</source>
      <translation>维谢格拉德专利局</translation>
    </message>
    <message>
      <source>European Patent Office</source>
      <translation>欧洲专利局</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>栏目</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>检查结果</translation>
    </message>
    <message>
      <source>Fees</source>
      <translation>费用</translation>
    </message>
    <message>
      <source>All changes saved</source>
      <translation>所有更改均已保存</translation>
    </message>
    <message>
      <source>Unsaved changes…</source>
      <translation>有未保存的更改…</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>正在保存…</translation>
    </message>
    <message>
      <source>The fee tables are not installed.</source>
      <translation>未安装费用表。</translation>
    </message>
    <message>
      <source>Attach a file</source>
      <translation>附加文件</translation>
    </message>
    <message>
      <source>Could not attach the file.</source>
      <translation>无法附加该文件。</translation>
    </message>
    <message>
      <source>Edit {field}</source>
      <translation>编辑 {field}</translation>
    </message>
    <message>
      <source>Responding to the notice “{notice}” (deadline {deadline}). Correct the application, then sign it: it is sent as your response.</source>
      <translation>正在答复通知“{notice}”（期限 {deadline}）。请更正申请后签署：它将作为您的答复发送。</translation>
    </message>
    <message>
      <source>Could not save: {error}. Retrying…</source>
      <translation>无法保存：{error}。正在重试…</translation>
    </message>
    <message>
      <source>Attaching {name}…</source>
      <translation>正在附加 {name}…</translation>
    </message>
    <message>
      <source>All changes saved · revision {n}</source>
      <translation>所有更改均已保存 · 第 {n} 版</translation>
    </message>
    <message>
      <source>Choose classes</source>
      <translation>选择类别</translation>
    </message>
    <message>
      <source>Choose Contracting Parties</source>
      <translation>选择缔约方</translation>
    </message>
    <message>
      <source>Search…</source>
      <translation>搜索…</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>搜索</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>种类</translation>
    </message>
    <message>
      <source>Heading</source>
      <translation>类别标题</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <source>Contracting Party</source>
      <translation>缔约方</translation>
    </message>
    <message>
      <source>Fee type</source>
      <translation>费用类型</translation>
    </message>
    <message>
      <source>Fee</source>
      <translation>费用</translation>
    </message>
    <message>
      <source>Fees as of {date}.</source>
      <translation>费用截至 {date}。</translation>
    </message>
    <message>
      <source>Goods</source>
      <translation>商品</translation>
    </message>
    <message>
      <source>Services</source>
      <translation>服务</translation>
    </message>
    <message>
      <source>Individual fee</source>
      <translation>单独规费</translation>
    </message>
    <message>
      <source>Complementary fee</source>
      <translation>补充规费</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>另存为PDF…</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Offices</source>
      <translation>主管局</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>密钥</translation>
    </message>
    <message>
      <source>Language and data</source>
      <translation>语言和数据</translation>
    </message>
    <message>
      <source>Office address</source>
      <translation>主管局地址</translation>
    </message>
    <message>
      <source>Account token</source>
      <translation>账户令牌</translation>
    </message>
    <message>
      <source>Certificate fingerprint (SHA-256)</source>
      <translation>证书指纹（SHA-256）</translation>
    </message>
    <message>
      <source>Ask the office</source>
      <translation>向主管局查询</translation>
    </message>
    <message>
      <source>Add office</source>
      <translation>添加主管局</translation>
    </message>
    <message>
      <source>Compare the fingerprint with the one the office gave you before adding it.</source>
      <translation>添加前，请将此指纹与主管局提供给您的指纹进行核对。</translation>
    </message>
    <message>
      <source>Asking the office…</source>
      <translation>正在查询主管局…</translation>
    </message>
    <message>
      <source>Adding the office…</source>
      <translation>正在添加主管局…</translation>
    </message>
    <message>
      <source>Office added.</source>
      <translation>已添加主管局。</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>数据文件夹</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <source>A new data folder is used from the next start.</source>
      <translation>新的数据文件夹将在下次启动时使用。</translation>
    </message>
    <message>
      <source>Office</source>
      <translation>主管局</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>证书主体</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <source>Fingerprint</source>
      <translation>指纹</translation>
    </message>
    <message>
      <source>New keys are created from the sign dialog.</source>
      <translation>新密钥可在签名窗口中创建。</translation>
    </message>
    <message>
      <source>not available</source>
      <translation>不可用</translation>
    </message>
    <message>
      <source>Sign the application</source>
      <translation>签署申请</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>标题：</translation>
    </message>
    <message>
      <source>Applicants:</source>
      <translation>申请人：</translation>
    </message>
    <message>
      <source>Fees:</source>
      <translation>费用：</translation>
    </message>
    <message>
      <source>Application data (XML and JSON)</source>
      <translation>申请数据（XML和JSON）</translation>
    </message>
    <message>
      <source>Signing key</source>
      <translation>签名密钥</translation>
    </message>
    <message>
      <source>New key…</source>
      <translation>新建密钥…</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>口令</translation>
    </message>
    <message>
      <source>Put it in the outbox to send when the office is reachable</source>
      <translation>放入发件箱，待可连接主管局时发送</translation>
    </message>
    <message>
      <source>Key:</source>
      <translation>密钥：</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>口令：</translation>
    </message>
    <message>
      <source>Sign</source>
      <translation>签署</translation>
    </message>
    <message>
      <source>New key</source>
      <translation>新建密钥</translation>
    </message>
    <message>
      <source>Name of the key holder:</source>
      <translation>密钥持有人姓名：</translation>
    </message>
    <message>
      <source>E-mail address:</source>
      <translation>电子邮件地址：</translation>
    </message>
    <message>
      <source>Creating the key…</source>
      <translation>正在创建密钥…</translation>
    </message>
    <message>
      <source>Key created.</source>
      <translation>已创建密钥。</translation>
    </message>
    <message>
      <source>Signing… (you can keep working)</source>
      <translation>正在签署…（您可以继续工作）</translation>
    </message>
    <message>
      <source>Response to:</source>
      <translation>答复对象：</translation>
    </message>
    <message>
      <source>Files in the package:</source>
      <translation>包中的文件：</translation>
    </message>
    <message>
      <source>Error:</source>
      <translation>错误：</translation>
    </message>
    <message>
      <source>Warning:</source>
      <translation>警告：</translation>
    </message>
    <message>
      <source>Correct the errors before signing.</source>
      <translation>请在签署前改正错误。</translation>
    </message>
    <message>
      <source>Signing is not available in this installation.</source>
      <translation>本安装不支持签名。</translation>
    </message>
    <message>
      <source>Type the passphrase for the new key first.</source>
      <translation>请先输入新密钥的口令。</translation>
    </message>
    <message>
      <source>Choose or create a key first.</source>
      <translation>请先选择或创建密钥。</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>（无标题）</translation>
    </message>
    <message>
      <source>Problems:</source>
      <translation>问题：</translation>
    </message>
    <message>
      <source>Signing failed: {error}</source>
      <translation>签署失败：{error}</translation>
    </message>
    <message>
      <source>valid as of {date}</source>
      <translation>截至 {date} 有效</translation>
    </message>
    <message>
      <source>Something unexpected went wrong; the details help to report it.</source>
      <translation>发生意外错误；详细信息有助于报告该问题。</translation>
    </message>
    <message>
      <source>It is no longer in this data folder: it may have been deleted, or it belongs to another data folder.</source>
      <translation>该项已不在此数据文件夹中：可能已被删除，或属于另一个数据文件夹。</translation>
    </message>
    <message>
      <source>This cannot be done now.</source>
      <translation>现在无法执行此操作。</translation>
    </message>
    <message>
      <source>The file or the data could not be read.</source>
      <translation>无法读取文件或数据。</translation>
    </message>
    <message>
      <source>The application has errors: correct them first.</source>
      <translation>申请有错误：请先更正。</translation>
    </message>
    <message>
      <source>The application could not be signed: check the key and its passphrase.</source>
      <translation>无法签署申请：请检查密钥及其口令。</translation>
    </message>
    <message>
      <source>A signature or a certificate could not be verified.</source>
      <translation>无法验证签名或证书。</translation>
    </message>
    <message>
      <source>The office cannot be reached now; sending is retried later.</source>
      <translation>目前无法连接主管局；稍后将重试发送。</translation>
    </message>
    <message>
      <source>The office refused the package.</source>
      <translation>主管局拒绝了该包。</translation>
    </message>
    <message>
      <source>Sending to the office failed.</source>
      <translation>向主管局发送失败。</translation>
    </message>
    <message>
      <source>The action failed.</source>
      <translation>操作失败。</translation>
    </message>
    <message>
      <source>The disk could not be read or written (full, or not allowed).</source>
      <translation>无法读写磁盘（磁盘已满或无权限）。</translation>
    </message>
    <message>
      <source>Basic fee</source>
      <translation>基础规费</translation>
    </message>
    <message>
      <source>Supplementary fee</source>
      <translation>附加规费</translation>
    </message>
    <message>
      <source>Search fee</source>
      <translation>检索费</translation>
    </message>
    <message>
      <source>Transmittal fee</source>
      <translation>传送费</translation>
    </message>
    <message>
      <source>International filing fee</source>
      <translation>国际申请费</translation>
    </message>
    <message>
      <source>Fee per sheet over 30</source>
      <translation>超过30页的每页费用</translation>
    </message>
    <message>
      <source>E-filing reduction</source>
      <translation>电子申请减费</translation>
    </message>
    <message>
      <source>Reduction for natural persons</source>
      <translation>自然人减费</translation>
    </message>
    <message>
      <source>Application fee</source>
      <translation>申请费</translation>
    </message>
    <message>
      <source>Fees cannot be calculated yet.</source>
      <translation>暂时无法计算费用。</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Total: {amount}</source>
      <translation>合计：{amount}</translation>
    </message>
    <message>
      <source>(incomplete: some amounts are not in the fee table)</source>
      <translation>（不完整：部分金额不在费用表中）</translation>
    </message>
    <message>
      <source>Fee table valid as of {date}</source>
      <translation>费用表截至 {date} 有效</translation>
    </message>
    <message>
      <source>Checking the application…</source>
      <translation>正在检查申请…</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>No problems found. The application is ready to sign.</source>
      <translation>未发现问题。申请已可签署。</translation>
    </message>
    <message>
      <source>The application could not be checked: {error}</source>
      <translation>无法检查申请：{error}</translation>
    </message>
    <message>
      <source>Basis: {basis}</source>
      <translation>依据：{basis}</translation>
    </message>
    <message>
      <source>Suggestions: {items}</source>
      <translation>建议：{items}</translation>
    </message>
    <message>
      <source>{errors} errors, {warnings} warnings</source>
      <translation>{errors} 个错误，{warnings} 个警告</translation>
    </message>
    <message>
      <source>No errors; {warnings} warnings</source>
      <translation>无错误；{warnings} 个警告</translation>
    </message>
    <message>
      <source>Replace with “{text}”</source>
      <translation>替换为“{text}”</translation>
    </message>
    <message>
      <source>Choose classes…</source>
      <translation>选择类别…</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>上移</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>下移</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Choose Contracting Parties…</source>
      <translation>选择缔约方…</translation>
    </message>
    <message>
      <source>Add {item}</source>
      <translation>添加{item}</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>YYYY-MM-DD</translation>
    </message>
    <message>
      <source>Choose a date</source>
      <translation>选择日期</translation>
    </message>
    <message>
      <source>One entry per line</source>
      <translation>每行一项</translation>
    </message>
    <message>
      <source>unreadable image</source>
      <translation>无法读取的图像</translation>
    </message>
    <message>
      <source>No file. Drop a file here or choose one.</source>
      <translation>没有文件。请将文件拖放到此处或选择文件。</translation>
    </message>
    <message>
      <source>Search the term list and press Enter to add</source>
      <translation>搜索术语表，按回车键添加</translation>
    </message>
    <message>
      <source>Search the term list</source>
      <translation>搜索术语表</translation>
    </message>
    <message>
      <source>{n} pages</source>
      <translation>{n} 页</translation>
    </message>
    <message>
      <source>{n} sequences</source>
      <translation>{n} 个序列</translation>
    </message>
    <message>
      <source>{w} × {h} pixels</source>
      <translation>{w} × {h} 像素</translation>
    </message>
    <message>
      <source>New MM2 from a basic mark…</source>
      <translation>根据基础商标新建MM2…</translation>
    </message>
    <message>
      <source>Search all drafts (names, marks, terms…)</source>
      <translation>搜索所有草稿（名称、商标、术语…）</translation>
    </message>
    <message>
      <source>Search drafts</source>
      <translation>搜索草稿</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>所有种类</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>任何状态</translation>
    </message>
    <message>
      <source>Drafts</source>
      <translation>草稿</translation>
    </message>
    <message>
      <source>No drafts yet. Start a new application above.</source>
      <translation>尚无草稿。请从上方开始一项新申请。</translation>
    </message>
    <message>
      <source>Outbox</source>
      <translation>发件箱</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>回执</translation>
    </message>
    <message>
      <source>Notices</source>
      <translation>通知</translation>
    </message>
    <message>
      <source>New trademark application</source>
      <translation>新建商标申请</translation>
    </message>
    <message>
      <source>New Madrid application (MM2)</source>
      <translation>新建马德里申请（MM2）</translation>
    </message>
    <message>
      <source>New patent application</source>
      <translation>新建专利申请</translation>
    </message>
    <message>
      <source>Search:</source>
      <translation>搜索：</translation>
    </message>
    <message>
      <source>Filing Assistant</source>
      <translation>申请助手</translation>
    </message>
    <message>
      <source>Home</source>
      <translation>主页</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>导入…</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>检查</translation>
    </message>
    <message>
      <source>Sign…</source>
      <translation>签署…</translation>
    </message>
    <message>
      <source>Send now</source>
      <translation>立即发送</translation>
    </message>
    <message>
      <source>Print summary as PDF…</source>
      <translation>将摘要打印为PDF…</translation>
    </message>
    <message>
      <source>Settings…</source>
      <translation>设置…</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>撤销</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>重做</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Application</source>
      <translation>申请(&amp;A)</translation>
    </message>
    <message>
      <source>Main toolbar</source>
      <translation>主工具栏</translation>
    </message>
    <message>
      <source>Reference data: loading…</source>
      <translation>参考数据：正在加载…</translation>
    </message>
    <message>
      <source>Receipt received</source>
      <translation>已收到回执</translation>
    </message>
    <message>
      <source>Choose the basic mark record</source>
      <translation>选择基础商标记录</translation>
    </message>
    <message>
      <source>Import an application</source>
      <translation>导入申请</translation>
    </message>
    <message>
      <source>Application documents (*.json)</source>
      <translation>申请文件 (*.json)</translation>
    </message>
    <message>
      <source>Application summary</source>
      <translation>申请摘要</translation>
    </message>
    <message>
      <source>Filing receipt</source>
      <translation>提交回执</translation>
    </message>
    <message>
      <source>Reference data: not available</source>
      <translation>参考数据：不可用</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>正在处理…</translation>
    </message>
    <message>
      <source>No office is set up: add one in Settings.</source>
      <translation>尚未设置主管局：请在“设置”中添加。</translation>
    </message>
    <message>
      <source>The application of this notice is not here.</source>
      <translation>此通知所涉及的申请不在本机。</translation>
    </message>
    <message>
      <source>Offline</source>
      <translation>离线</translation>
    </message>
    <message>
      <source>Office reachable</source>
      <translation>可连接主管局</translation>
    </message>
    <message>
      <source>Sending…</source>
      <translation>正在发送…</translation>
    </message>
    <message>
      <source>The office has receipted package {package}.</source>
      <translation>主管局已出具包 {package} 的回执。</translation>
    </message>
    <message>
      <source>Signed: package {package}</source>
      <translation>已签署：包 {package}</translation>
    </message>
    <message>
      <source>Reference data valid as of {date}</source>
      <translation>参考数据截至 {date} 有效</translation>
    </message>
    <message>
      <source>Trademark</source>
      <translation>商标</translation>
    </message>
    <message>
      <source>Madrid (MM2)</source>
      <translation>马德里（MM2）</translation>
    </message>
    <message>
      <source>Patent</source>
      <translation>专利</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>草稿</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>已签署</translation>
    </message>
    <message>
      <source>Queued</source>
      <translation>排队中</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>已发送</translation>
    </message>
    <message>
      <source>Receipted</source>
      <translation>已出具回执</translation>
    </message>
    <message>
      <source>Filed</source>
      <translation>已提交</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>已拒绝</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Last saved</source>
      <translation>最后保存</translation>
    </message>
    <message>
      <source>Revisions</source>
      <translation>版本</translation>
    </message>
    <message>
      <source>Sending</source>
      <translation>正在发送</translation>
    </message>
    <message>
      <source>Sent, awaiting receipt</source>
      <translation>已发送，等待回执</translation>
    </message>
    <message>
      <source>Receipt could not be verified</source>
      <translation>无法验证回执</translation>
    </message>
    <message>
      <source>Irregularity</source>
      <translation>不合规定</translation>
    </message>
    <message>
      <source>Acknowledgement</source>
      <translation>确认收到</translation>
    </message>
    <message>
      <source>Provisional refusal</source>
      <translation>临时驳回</translation>
    </message>
    <message>
      <source>Fee reminder</source>
      <translation>缴费提醒</translation>
    </message>
    <message>
      <source>late</source>
      <translation>逾期</translation>
    </message>
    <message>
      <source>{h} h {m} min</source>
      <translation>{h} 小时 {m} 分</translation>
    </message>
    <message>
      <source>Try to send every queued package now (Ctrl+Shift+Return)</source>
      <translation>立即尝试发送所有排队的包（Ctrl+Shift+Return）</translation>
    </message>
    <message>
      <source>Open receipt</source>
      <translation>打开回执</translation>
    </message>
    <message>
      <source>{n} s</source>
      <translation>{n} 秒</translation>
    </message>
    <message>
      <source>{m} min {s} s</source>
      <translation>{m} 分 {s} 秒</translation>
    </message>
    <message>
      <source>Package</source>
      <translation>包</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>进度</translation>
    </message>
    <message>
      <source>Rate</source>
      <translation>速率</translation>
    </message>
    <message>
      <source>Time left</source>
      <translation>剩余时间</translation>
    </message>
    <message>
      <source>Next retry</source>
      <translation>下次重试</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>详情</translation>
    </message>
    <message>
      <source>Nothing waiting to be sent.</source>
      <translation>没有待发送的内容。</translation>
    </message>
    <message>
      <source>Application number</source>
      <translation>申请号</translation>
    </message>
    <message>
      <source>Filing date</source>
      <translation>申请日</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>接收时间</translation>
    </message>
    <message>
      <source>Notice</source>
      <translation>通知</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>期限</translation>
    </message>
    <message>
      <source>Days left</source>
      <translation>剩余天数</translation>
    </message>
    <message>
      <source>Response</source>
      <translation>答复</translation>
    </message>
    <message>
      <source>Respond</source>
      <translation>答复</translation>
    </message>
    <message>
      <source>Progress of {package}</source>
      <translation>{package} 的进度</translation>
    </message>
    <message>
      <source>{n} packages waiting to be sent or receipted</source>
      <translation>{n} 个包等待发送或等待回执</translation>
    </message>
    <message>
      <source>{n} days</source>
      <translation>{n} 天</translation>
    </message>
    <message>
      <source>overdue by {n} days</source>
      <translation>已逾期 {n} 天</translation>
    </message>
    <message>
      <source>Keep this receipt: it proves the date the office received your application.</source>
      <translation>请保存本回执：它证明主管局收到您申请的日期。</translation>
    </message>
    <message>
      <source>Received after the deadline</source>
      <translation>在期限届满后收到</translation>
    </message>
    <message>
      <source>Package digest</source>
      <translation>包摘要值</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <source>individual fee (amount not in the table)</source>
      <translation>单独规费（表中无金额）</translation>
    </message>
    <message>
      <source>(complementary fee)</source>
      <translation>（补充规费）</translation>
    </message>
    <message>
      <source>International application under the Madrid Protocol (MM2)</source>
      <translation>马德里议定书国际申请（MM2）</translation>
    </message>
    <message>
      <source>Form MM2: application for international registration of a mark, filed through the Office of origin.</source>
      <translation>MM2表格：通过原属局提交的商标国际注册申请。</translation>
    </message>
    <message>
      <source>Your reference and the language of the international application.</source>
      <translation>您的参考号和国际申请的语言。</translation>
    </message>
    <message>
      <source>Contracting Party whose Office is the Office of origin</source>
      <translation>其主管局为原属局的缔约方</translation>
    </message>
    <message>
      <source>Name and address must be the same as those of the holder of the basic mark.</source>
      <translation>名称和地址必须与基础商标所有人的名称和地址相同。</translation>
    </message>
    <message>
      <source>Entitlement to file</source>
      <translation>提交申请的资格</translation>
    </message>
    <message>
      <source>Tick at least one: nationality, domicile, or a real and effective industrial or commercial establishment in the Contracting Party of the Office of origin.</source>
      <translation>至少勾选一项：在原属局所属缔约方境内的国籍、住所或真实有效的工商营业所。</translation>
    </message>
    <message>
      <source>Basic application or basic registration</source>
      <translation>基础申请或基础注册</translation>
    </message>
    <message>
      <source>Priority claimed</source>
      <translation>要求的优先权</translation>
    </message>
    <message>
      <source>The mark</source>
      <translation>商标</translation>
    </message>
    <message>
      <source>Colour(s) claimed</source>
      <translation>要求保护的颜色</translation>
    </message>
    <message>
      <source>Miscellaneous indications</source>
      <translation>其他说明</translation>
    </message>
    <message>
      <source>Goods and services</source>
      <translation>商品和服务</translation>
    </message>
    <message>
      <source>Designated Contracting Parties</source>
      <translation>指定缔约方</translation>
    </message>
    <message>
      <source>Signature by the applicant or the representative</source>
      <translation>申请人或代理人签字</translation>
    </message>
    <message>
      <source>Certification and signature of the international application by the Office of origin</source>
      <translation>原属局对国际申请的证明和签字</translation>
    </message>
    <message>
      <source>Fee calculation sheet</source>
      <translation>规费计算表</translation>
    </message>
    <message>
      <source>Applicants</source>
      <translation>申请人</translation>
    </message>
    <message>
      <source>Entitlement</source>
      <translation>资格</translation>
    </message>
    <message>
      <source>Ground</source>
      <translation>依据</translation>
    </message>
    <message>
      <source>Basic applications and registrations</source>
      <translation>基础申请和基础注册</translation>
    </message>
    <message>
      <source>Basic mark</source>
      <translation>基础商标</translation>
    </message>
    <message>
      <source>Priority claims</source>
      <translation>优先权要求</translation>
    </message>
    <message>
      <source>Earlier filing</source>
      <translation>在先申请</translation>
    </message>
    <message>
      <source>Classes</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Limitations for designated Contracting Parties</source>
      <translation>针对指定缔约方的限定</translation>
    </message>
    <message>
      <source>Limitation</source>
      <translation>限定</translation>
    </message>
    <message>
      <source>Applicant's or representative's reference</source>
      <translation>申请人或代理人的参考号</translation>
    </message>
    <message>
      <source>Language of the international application</source>
      <translation>国际申请的语言</translation>
    </message>
    <message>
      <source>English, French or Spanish, as the Office of origin permits.</source>
      <translation>英语、法语或西班牙语，以原属局允许的为准。</translation>
    </message>
    <message>
      <source>Date of the international application</source>
      <translation>国际申请日期</translation>
    </message>
    <message>
      <source>The date the Office of origin receives it; used for the priority period.</source>
      <translation>原属局收到申请的日期；用于计算优先权期限。</translation>
    </message>
    <message>
      <source>Office of origin</source>
      <translation>原属局</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>Country of address</source>
      <translation>地址所在国家</translation>
    </message>
    <message>
      <source>Address for correspondence</source>
      <translation>通信地址</translation>
    </message>
    <message>
      <source>E-mail address</source>
      <translation>电子邮件地址</translation>
    </message>
    <message>
      <source>Communications with the International Bureau are electronic; an e-mail address is required.</source>
      <translation>与国际局的通信以电子方式进行；必须提供电子邮件地址。</translation>
    </message>
    <message>
      <source>Telephone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Preferred language for correspondence</source>
      <translation>首选通信语言</translation>
    </message>
    <message>
      <source>Type of applicant (natural person or legal entity)</source>
      <translation>申请人类型（自然人或法人）</translation>
    </message>
    <message>
      <source>Nationality (natural person)</source>
      <translation>国籍（自然人）</translation>
    </message>
    <message>
      <source>Legal nature (legal entity)</source>
      <translation>法律性质（法人）</translation>
    </message>
    <message>
      <source>State under whose law the legal entity is organised</source>
      <translation>法人据以设立的法律所属国</translation>
    </message>
    <message>
      <source>State or Contracting Party</source>
      <translation>国家或缔约方</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>号码</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Basic mark record imported from</source>
      <translation>基础商标记录导入自</translation>
    </message>
    <message>
      <source>Filled by “prefill from the basic mark”; used to check that the mark and goods stay consistent.</source>
      <translation>由“根据基础商标预填”填写；用于检查商标和商品是否保持一致。</translation>
    </message>
    <message>
      <source>Mark in the basic record</source>
      <translation>基础记录中的商标</translation>
    </message>
    <message>
      <source>Holder in the basic record</source>
      <translation>基础记录中的所有人</translation>
    </message>
    <message>
      <source>Goods and services in the basic record (class: term)</source>
      <translation>基础记录中的商品和服务（类别：术语）</translation>
    </message>
    <message>
      <source>Office of the earlier filing</source>
      <translation>在先申请的主管局</translation>
    </message>
    <message>
      <source>Number of the earlier filing</source>
      <translation>在先申请的号码</translation>
    </message>
    <message>
      <source>Date of the earlier filing</source>
      <translation>在先申请的日期</translation>
    </message>
    <message>
      <source>Goods and services covered, if not all</source>
      <translation>所涉商品和服务（如非全部）</translation>
    </message>
    <message>
      <source>Verbal element of the mark</source>
      <translation>商标的文字要素</translation>
    </message>
    <message>
      <source>The applicant wishes the mark to be considered a mark in standard characters</source>
      <translation>申请人希望该商标被视为标准字符商标</translation>
    </message>
    <message>
      <source>Reproduction of the mark</source>
      <translation>商标图样</translation>
    </message>
    <message>
      <source>JPEG or PNG image of the mark, as in the basic application or registration.</source>
      <translation>商标的JPEG或PNG图像，与基础申请或基础注册中的相同。</translation>
    </message>
    <message>
      <source>The reproduction of the mark is in colour</source>
      <translation>商标图样为彩色</translation>
    </message>
    <message>
      <source>Colour is claimed as a distinctive feature of the mark</source>
      <translation>要求将颜色作为商标的显著特征</translation>
    </message>
    <message>
      <source>Colour or combination of colours claimed</source>
      <translation>要求保护的颜色或颜色组合</translation>
    </message>
    <message>
      <source>Principal parts of the mark that are in each colour</source>
      <translation>商标中各颜色的主要部分</translation>
    </message>
    <message>
      <source>Transliteration of the mark</source>
      <translation>商标的音译</translation>
    </message>
    <message>
      <source>Translation of the mark</source>
      <translation>商标的翻译</translation>
    </message>
    <message>
      <source>Type of mark</source>
      <translation>商标类型</translation>
    </message>
    <message>
      <source>Description of the mark</source>
      <translation>商标说明</translation>
    </message>
    <message>
      <source>Disclaimer</source>
      <translation>放弃专用权声明</translation>
    </message>
    <message>
      <source>Nice class</source>
      <translation>尼斯类别</translation>
    </message>
    <message>
      <source>One term per line, as in the Nice Alphabetical List where possible.</source>
      <translation>每行一个术语，尽可能采用尼斯字母顺序表中的表述。</translation>
    </message>
    <message>
      <source>Designated Contracting Party</source>
      <translation>指定缔约方</translation>
    </message>
    <message>
      <source>Goods and services kept for this party</source>
      <translation>为该缔约方保留的商品和服务</translation>
    </message>
    <message>
      <source>Declaration of intention to use the mark (MM18) is annexed (United States designated)</source>
      <translation>已附具使用商标意图声明（MM18）（指定了美国）</translation>
    </message>
    <message>
      <source>MM18 signed by</source>
      <translation>MM18签字人</translation>
    </message>
    <message>
      <source>Signed MM18 form</source>
      <translation>已签字的MM18表格</translation>
    </message>
    <message>
      <source>Name of the signatory</source>
      <translation>签字人姓名</translation>
    </message>
    <message>
      <source>Signs as</source>
      <translation>签字身份</translation>
    </message>
    <message>
      <source>Text-string signature</source>
      <translation>字符串签名</translation>
    </message>
    <message>
      <source>Your name between slashes, for example /Jane Doe/.</source>
      <translation>在两个斜线之间填写您的姓名，例如 /张三/。</translation>
    </message>
    <message>
      <source>Date of signature</source>
      <translation>签字日期</translation>
    </message>
    <message>
      <source>Date on which the Office of origin received the request to present this application</source>
      <translation>原属局收到提交本申请请求的日期</translation>
    </message>
    <message>
      <source>Name of the certifying official</source>
      <translation>证明官员姓名</translation>
    </message>
    <message>
      <source>Method of payment</source>
      <translation>付款方式</translation>
    </message>
    <message>
      <source>WIPO current account number</source>
      <translation>WIPO往来账户号码</translation>
    </message>
    <message>
      <source>Payment reference</source>
      <translation>付款参考号</translation>
    </message>
    <message>
      <source>Name of the payer</source>
      <translation>付款人姓名</translation>
    </message>
    <message>
      <source>Total amount paid (CHF)</source>
      <translation>已付总额（瑞士法郎）</translation>
    </message>
    <message>
      <source>Must equal the total of the fee calculation.</source>
      <translation>必须等于规费计算的合计。</translation>
    </message>
    <message>
      <source>Patent application (PCT request or national)</source>
      <translation>专利申请（PCT请求书或国家申请）</translation>
    </message>
    <message>
      <source>International application under the PCT (request form PCT/RO/101) or a national patent application, with description, claims, abstract and drawings.</source>
      <translation>根据PCT提出的国际申请（请求书表格PCT/RO/101）或国家专利申请，包括说明书、权利要求书、摘要和附图。</translation>
    </message>
    <message>
      <source>Route, receiving Office and language</source>
      <translation>途径、受理局和语言</translation>
    </message>
    <message>
      <source>Title of invention</source>
      <translation>发明名称</translation>
    </message>
    <message>
      <source>Further applicants and/or inventors</source>
      <translation>其他申请人和/或发明人</translation>
    </message>
    <message>
      <source>Agent or common representative; address for correspondence</source>
      <translation>代理人或共同代表；通信地址</translation>
    </message>
    <message>
      <source>Designations</source>
      <translation>指定</translation>
    </message>
    <message>
      <source>Priority claim</source>
      <translation>优先权要求</translation>
    </message>
    <message>
      <source>International Searching Authority</source>
      <translation>国际检索单位</translation>
    </message>
    <message>
      <source>Declarations</source>
      <translation>声明</translation>
    </message>
    <message>
      <source>Check list</source>
      <translation>核对清单</translation>
    </message>
    <message>
      <source>Signature of applicant, agent or common representative</source>
      <translation>申请人、代理人或共同代表签字</translation>
    </message>
    <message>
      <source>Description, claims, abstract and drawings</source>
      <translation>说明书、权利要求书、摘要和附图</translation>
    </message>
    <message>
      <source>Fee calculation and payment</source>
      <translation>费用计算和缴纳</translation>
    </message>
    <message>
      <source>Inventors (who are not applicants)</source>
      <translation>发明人（非申请人）</translation>
    </message>
    <message>
      <source>Inventor</source>
      <translation>发明人</translation>
    </message>
    <message>
      <source>Earlier application</source>
      <translation>在先申请</translation>
    </message>
    <message>
      <source>Claims</source>
      <translation>权利要求</translation>
    </message>
    <message>
      <source>Claim</source>
      <translation>权利要求</translation>
    </message>
    <message>
      <source>Drawings</source>
      <translation>附图</translation>
    </message>
    <message>
      <source>Drawing sheet</source>
      <translation>附图页</translation>
    </message>
    <message>
      <source>Filing route</source>
      <translation>提交途径</translation>
    </message>
    <message>
      <source>Receiving Office</source>
      <translation>受理局</translation>
    </message>
    <message>
      <source>For the PCT: the Office of a State of residence or nationality of an applicant, or the International Bureau (IB).</source>
      <translation>PCT申请：申请人的居所国或国籍国的主管局，或国际局（RO/IB）。</translation>
    </message>
    <message>
      <source>Language of filing</source>
      <translation>提交语言</translation>
    </message>
    <message>
      <source>Applicant's or agent's file reference</source>
      <translation>申请人或代理人的档案号</translation>
    </message>
    <message>
      <source>At most 12 characters on the PCT request.</source>
      <translation>PCT请求书上最多12个字符。</translation>
    </message>
    <message>
      <source>Intended international filing date</source>
      <translation>拟定的国际申请日</translation>
    </message>
    <message>
      <source>Used to check the priority period; the receiving Office sets the filing date.</source>
      <translation>用于检查优先权期限；申请日由受理局确定。</translation>
    </message>
    <message>
      <source>State of nationality</source>
      <translation>国籍国</translation>
    </message>
    <message>
      <source>State of residence</source>
      <translation>居所国</translation>
    </message>
    <message>
      <source>This applicant is a natural person</source>
      <translation>该申请人为自然人</translation>
    </message>
    <message>
      <source>This applicant is also an inventor</source>
      <translation>该申请人也是发明人</translation>
    </message>
    <message>
      <source>Applicant for the purposes of</source>
      <translation>作为申请人的指定目的</translation>
    </message>
    <message>
      <source>Appointed as</source>
      <translation>委任身份</translation>
    </message>
    <message>
      <source>Agent's registration number</source>
      <translation>代理人登记号</translation>
    </message>
    <message>
      <source>All PCT Contracting States are designated (Rule 4.9(a))</source>
      <translation>指定所有PCT缔约国（细则4.9(a)）</translation>
    </message>
    <message>
      <source>States excluded from designation (Rule 4.9(b))</source>
      <translation>排除指定的国家（细则4.9(b)）</translation>
    </message>
    <message>
      <source>Office of the national application (national route)</source>
      <translation>国家申请的主管局（国家途径）</translation>
    </message>
    <message>
      <source>Office of the earlier application</source>
      <translation>在先申请的主管局</translation>
    </message>
    <message>
      <source>Number of the earlier application</source>
      <translation>在先申请的号码</translation>
    </message>
    <message>
      <source>Filing date of the earlier application</source>
      <translation>在先申请的申请日</translation>
    </message>
    <message>
      <source>Kind of earlier application</source>
      <translation>在先申请的种类</translation>
    </message>
    <message>
      <source>Declaration as to the identity of the inventor (Rule 4.17(i))</source>
      <translation>关于发明人身份的声明（细则4.17(i)）</translation>
    </message>
    <message>
      <source>Declaration as to the applicant's entitlement to apply for and be granted a patent (Rule 4.17(ii))</source>
      <translation>关于申请人有权申请并被授予专利的声明（细则4.17(ii)）</translation>
    </message>
    <message>
      <source>Declaration as to the applicant's entitlement to claim priority (Rule 4.17(iii))</source>
      <translation>关于申请人有权要求优先权的声明（细则4.17(iii)）</translation>
    </message>
    <message>
      <source>Declaration of inventorship (Rule 4.17(iv))</source>
      <translation>发明人资格声明（细则4.17(iv)）</translation>
    </message>
    <message>
      <source>Declaration as to non-prejudicial disclosures (Rule 4.17(v))</source>
      <translation>关于不影响新颖性的公开的声明（细则4.17(v)）</translation>
    </message>
    <message>
      <source>Sheets of the request</source>
      <translation>请求书页数</translation>
    </message>
    <message>
      <source>Sheets of the description</source>
      <translation>说明书页数</translation>
    </message>
    <message>
      <source>Sheets of the claims</source>
      <translation>权利要求书页数</translation>
    </message>
    <message>
      <source>Sheets of the abstract</source>
      <translation>摘要页数</translation>
    </message>
    <message>
      <source>Sheets of the drawings</source>
      <translation>附图页数</translation>
    </message>
    <message>
      <source>Power of attorney</source>
      <translation>委托书</translation>
    </message>
    <message>
      <source>Figure of the drawings to accompany the abstract</source>
      <translation>随摘要公布的附图</translation>
    </message>
    <message>
      <source>Your name between slashes, for example /Jane Doe/ (PCT Annex F).</source>
      <translation>在两个斜线之间填写您的姓名，例如 /张三/（PCT附件F）。</translation>
    </message>
    <message>
      <source>Technical field</source>
      <translation>技术领域</translation>
    </message>
    <message>
      <source>Background art</source>
      <translation>背景技术</translation>
    </message>
    <message>
      <source>Description of the invention</source>
      <translation>发明说明</translation>
    </message>
    <message>
      <source>Separate paragraphs with a blank line.</source>
      <translation>段落之间用空行分隔。</translation>
    </message>
    <message>
      <source>Brief description of the drawings</source>
      <translation>附图简要说明</translation>
    </message>
    <message>
      <source>Claim number</source>
      <translation>权利要求编号</translation>
    </message>
    <message>
      <source>Claim text</source>
      <translation>权利要求内容</translation>
    </message>
    <message>
      <source>Abstract</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Preferably 50 to 150 words (PCT Rule 8.1(b)).</source>
      <translation>最好为50至150个词（PCT细则8.1(b)）。</translation>
    </message>
    <message>
      <source>Drawing file</source>
      <translation>附图文件</translation>
    </message>
    <message>
      <source>Figure label</source>
      <translation>图号</translation>
    </message>
    <message>
      <source>Sequence listing (WIPO ST.26 XML)</source>
      <translation>序列表（WIPO ST.26 XML）</translation>
    </message>
    <message>
      <source>Suggested IPC symbols</source>
      <translation>建议的IPC分类号</translation>
    </message>
    <message>
      <source>For example A61K 31/00.</source>
      <translation>例如 A61K 31/00。</translation>
    </message>
    <message>
      <source>Electronic filing format (for the fee reduction)</source>
      <translation>电子申请格式（用于费用减免）</translation>
    </message>
    <message>
      <source>Deposit or current account number</source>
      <translation>存款账户或往来账户号码</translation>
    </message>
    <message>
      <source>Name of the payer (card holder)</source>
      <translation>付款人姓名（持卡人）</translation>
    </message>
    <message>
      <source>Payment by {method} needs {label}.</source>
      <translation>以{method}付款需要提供：{label}。</translation>
    </message>
    <message>
      <source>{code} is not a Contracting Party of the Madrid Protocol and cannot be the Office of origin.</source>
      <translation>{code} 不是马德里议定书的缔约方，不能作为原属局。</translation>
    </message>
    <message>
      <source>The entitlement State {state} does not match the Office of origin {origin}.</source>
      <translation>资格所依据的国家 {state} 与原属局 {origin} 不符。</translation>
    </message>
    <message>
      <source>Designate at least one Contracting Party.</source>
      <translation>请至少指定一个缔约方。</translation>
    </message>
    <message>
      <source>{code} is not a Contracting Party of the Madrid Protocol and cannot be designated.</source>
      <translation>{code} 不是马德里议定书的缔约方，不能被指定。</translation>
    </message>
    <message>
      <source>The Contracting Party of the Office of origin ({code}) cannot be designated.</source>
      <translation>原属局所属缔约方（{code}）不能被指定。</translation>
    </message>
    <message>
      <source>Class {class} does not exist: Nice classes are 1 to 45.</source>
      <translation>第 {class} 类不存在：尼斯分类为第1至45类。</translation>
    </message>
    <message>
      <source>Class {class} lists no goods or services.</source>
      <translation>第 {class} 类未列出任何商品或服务。</translation>
    </message>
    <message>
      <source>“{term}” is not in the Nice list for class {class}; the International Bureau may object to it.</source>
      <translation>“{term}”不在第 {class} 类的尼斯分类表中；国际局可能提出异议。</translation>
    </message>
    <message>
      <source>Colour is claimed but the reproduction of the mark is not in colour.</source>
      <translation>要求保护颜色，但商标图样不是彩色的。</translation>
    </message>
    <message>
      <source>The United States is designated: annex the declaration of intention to use the mark (MM18).</source>
      <translation>已指定美国：请附具使用商标意图声明（MM18）。</translation>
    </message>
    <message>
      <source>Priority from {date} can only be claimed until {deadline} (six months).</source>
      <translation>{date} 的优先权只能在 {deadline} 之前要求（六个月）。</translation>
    </message>
    <message>
      <source>Give the basic application or registration on which the international application is based.</source>
      <translation>请提供国际申请所依据的基础申请或基础注册。</translation>
    </message>
    <message>
      <source>Give the date of the international application (the date the Office of origin receives it).</source>
      <translation>请提供国际申请日期（原属局收到申请的日期）。</translation>
    </message>
    <message>
      <source>“{term}” (class {class}) is not covered by the basic mark.</source>
      <translation>“{term}”（第 {class} 类）不在基础商标的范围内。</translation>
    </message>
    <message>
      <source>The Office of origin {origin} accepts international applications in {allowed}, not {language}.</source>
      <translation>原属局 {origin} 接受以 {allowed} 提交的国际申请，不接受 {language}。</translation>
    </message>
    <message>
      <source>The total declared ({declared} {currency}) differs from the fees computed: {total} {currency} (fees valid as of {valid_as_of}).</source>
      <translation>申报的合计（{declared} {currency}）与计算的费用不同：{total} {currency}（费用截至 {valid_as_of} 有效）。</translation>
    </message>
    <message>
      <source>A word mark consists of its text only: give the verbal element and no image ({label}).</source>
      <translation>文字商标仅由其文字构成：请填写文字要素，不要附图像（{label}）。</translation>
    </message>
    <message>
      <source>This type of mark needs a representation file ({label}).</source>
      <translation>此类商标需要图样文件（{label}）。</translation>
    </message>
    <message>
      <source>{office} accepts {allowed} for a {type} mark, not {format}.</source>
      <translation>对于 {type} 商标，{office} 接受 {allowed}，不接受 {format}。</translation>
    </message>
    <message>
      <source>The file is {size} bytes; {office} accepts at most {max} bytes.</source>
      <translation>文件大小为 {size} 字节；{office} 最多接受 {max} 字节。</translation>
    </message>
    <message>
      <source>Colour is claimed: name the colours and where they appear.</source>
      <translation>要求保护颜色：请说明颜色及其所在位置。</translation>
    </message>
    <message>
      <source>“{term}” is not in the Nice list for class {class}; the office may object to it.</source>
      <translation>“{term}”不在第 {class} 类的尼斯分类表中；主管局可能提出异议。</translation>
    </message>
    <message>
      <source>{office} accepts a reference of at most {max} characters without spaces.</source>
      <translation>{office} 接受的参考号最多为 {max} 个字符（不含空格）。</translation>
    </message>
    <message>
      <source>RO/{ro} is not competent: no applicant is a national or resident of {ro} (applicants: {states}). File with RO/IB or the Office of an applicant's State.</source>
      <translation>RO/{ro} 无权受理：没有申请人是 {ro} 的国民或居民（申请人：{states}）。请向RO/IB或某一申请人所属国的主管局提交。</translation>
    </message>
    <message>
      <source>The earlier application of {date} is more than 14 months before {filed}: the priority claim is void (the priority period ended {deadline}).</source>
      <translation>{date} 的在先申请比 {filed} 早14个月以上：优先权要求无效（优先权期限已于 {deadline} 届满）。</translation>
    </message>
    <message>
      <source>The priority period ended on {deadline}: request restoration of the right of priority (possible until {window}).</source>
      <translation>优先权期限已于 {deadline} 届满：请请求恢复优先权（最迟可至 {window}）。</translation>
    </message>
    <message>
      <source>The abstract has {words} words; it should preferably have {min} to {max}.</source>
      <translation>摘要有 {words} 个词；最好为 {min} 至 {max} 个。</translation>
    </message>
    <message>
      <source>The application needs at least one claim.</source>
      <translation>申请至少需要一项权利要求。</translation>
    </message>
    <message>
      <source>Claim {number} should be numbered {expected}: claims are numbered consecutively in Arabic numerals.</source>
      <translation>权利要求 {number} 应编号为 {expected}：权利要求须用阿拉伯数字连续编号。</translation>
    </message>
    <message>
      <source>Give the title of the invention (box I).</source>
      <translation>请填写发明名称（第I栏）。</translation>
    </message>
    <message>
      <source>The file reference has {length} characters; the PCT request allows at most {max}.</source>
      <translation>档案号有 {length} 个字符；PCT请求书最多允许 {max} 个。</translation>
    </message>
    <message>
      <source>Give the nationality and the residence of every applicant ({name}).</source>
      <translation>请填写每位申请人的国籍和居所（{name}）。</translation>
    </message>
    <message>
      <source>{states} requires the inventors to be named: mark applicants who are inventors or add the inventors (box III).</source>
      <translation>{states} 要求写明发明人：请标明哪些申请人是发明人，或添加发明人（第III栏）。</translation>
    </message>
    <message>
      <source>The sequence listing {name} is not WIPO ST.26 XML (root element: {root}).</source>
      <translation>序列表 {name} 不是WIPO ST.26 XML（根元素：{root}）。</translation>
    </message>
    <message>
      <source>Give the number of sheets of each part (box IX).</source>
      <translation>请填写各部分的页数（第IX栏）。</translation>
    </message>
    <message>
      <source>{symbol} is not a well-formed IPC symbol (for example A61K 31/00).</source>
      <translation>{symbol} 不是格式正确的IPC分类号（例如 A61K 31/00）。</translation>
    </message>
    <message>
      <source>National trademark application</source>
      <translation>国家商标申请</translation>
    </message>
    <message>
      <source>Application for registration of a trademark at a national or regional office.</source>
      <translation>向国家或地区主管局提交的商标注册申请。</translation>
    </message>
    <message>
      <source>Office and language</source>
      <translation>主管局和语言</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>签字</translation>
    </message>
    <message>
      <source>Fees and payment</source>
      <translation>费用和缴纳</translation>
    </message>
    <message>
      <source>Office of filing</source>
      <translation>受理主管局</translation>
    </message>
    <message>
      <source>Two-letter language code, for example en.</source>
      <translation>两个字母的语言代码，例如 zh。</translation>
    </message>
    <message>
      <source>Applicant's reference</source>
      <translation>申请人参考号</translation>
    </message>
    <message>
      <source>Intended filing date</source>
      <translation>拟定申请日</translation>
    </message>
    <message>
      <source>Used for the priority period; the office sets the official filing date.</source>
      <translation>用于优先权期限；正式申请日由主管局确定。</translation>
    </message>
    <message>
      <source>Filing basis</source>
      <translation>申请依据</translation>
    </message>
    <message>
      <source>Required by some offices (United States).</source>
      <translation>部分主管局要求（美国）。</translation>
    </message>
    <message>
      <source>Legal form (legal entity)</source>
      <translation>法律形式（法人）</translation>
    </message>
    <message>
      <source>State of incorporation (legal entity)</source>
      <translation>设立地所在国（法人）</translation>
    </message>
    <message>
      <source>Verbal element</source>
      <translation>文字要素</translation>
    </message>
    <message>
      <source>The words of the mark exactly as they are to be registered.</source>
      <translation>商标的文字，须与拟注册的完全一致。</translation>
    </message>
    <message>
      <source>Standard characters (no particular font, style or colour)</source>
      <translation>标准字符（无特定字体、样式或颜色）</translation>
    </message>
    <message>
      <source>Representation of the mark</source>
      <translation>商标图样</translation>
    </message>
    <message>
      <source>Image (or sound/video file) as the office accepts for this type of mark.</source>
      <translation>主管局对此类商标接受的图像（或声音/视频文件）。</translation>
    </message>
    <message>
      <source>Colour is claimed</source>
      <translation>要求保护颜色</translation>
    </message>
    <message>
      <source>Colours claimed and where they appear</source>
      <translation>要求保护的颜色及其所在位置</translation>
    </message>
    <message>
      <source>Transliteration</source>
      <translation>音译</translation>
    </message>
    <message>
      <source>Translation</source>
      <translation>翻译</translation>
    </message>
    <message>
      <source>Deposit account number</source>
      <translation>存款账户号码</translation>
    </message>
    <message>
      <source>Total amount paid</source>
      <translation>已付总额</translation>
    </message>
    <message>
      <source>The total of the fee quote, in the office's currency.</source>
      <translation>费用报价的合计，以主管局的货币计。</translation>
    </message>
    <message>
      <source>Passphrase: </source>
      <translation>口令：</translation>
    </message>
    <message>
      <source>No keys yet; create one with 'filingassist keys new --name "Your Name"'.</source>
      <translation>尚无密钥；请用 'filingassist keys new --name "您的姓名"' 创建一个。</translation>
    </message>
    <message>
      <source>trusted</source>
      <translation>可信</translation>
    </message>
    <message>
      <source>integrity only, no trust anchor given</source>
      <translation>仅完整性，未提供信任锚</translation>
    </message>
    <message>
      <source>OK: the package is sound.</source>
      <translation>正常：包完好无损。</translation>
    </message>
    <message>
      <source>Repeat passphrase: </source>
      <translation>再次输入口令：</translation>
    </message>
    <message>
      <source>NOT OK: {count} problem(s).</source>
      <translation>不正常：{count} 个问题。</translation>
    </message>
    <message>
      <source>Expected text.</source>
      <translation>应为文本。</translation>
    </message>
    <message>
      <source>Line breaks are not allowed here.</source>
      <translation>此处不允许换行。</translation>
    </message>
    <message>
      <source>Not a valid e-mail address.</source>
      <translation>电子邮件地址无效。</translation>
    </message>
    <message>
      <source>Expected a date (YYYY-MM-DD).</source>
      <translation>应为日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
      <source>Expected yes or no.</source>
      <translation>应为是或否。</translation>
    </message>
    <message>
      <source>Expected a whole number.</source>
      <translation>应为整数。</translation>
    </message>
    <message>
      <source>Expected a list of texts.</source>
      <translation>应为文本列表。</translation>
    </message>
    <message>
      <source>Expected an attached file.</source>
      <translation>应为附件文件。</translation>
    </message>
    <message>
      <source>The attached file has no valid SHA-256 digest.</source>
      <translation>附件没有有效的SHA-256摘要值。</translation>
    </message>
    <message>
      <source>The attached file has no name.</source>
      <translation>附件没有名称。</translation>
    </message>
    <message>
      <source>The attached file has no size or media type.</source>
      <translation>附件没有大小或媒体类型。</translation>
    </message>
    <message>
      <source>Name the colour or colours claimed.</source>
      <translation>请写明要求保护的一种或多种颜色。</translation>
    </message>
    <message>
      <source>The mark must be the same as the basic mark “{basic}”.</source>
      <translation>商标必须与基础商标“{basic}”相同。</translation>
    </message>
    <message>
      <source>The applicant must be the holder of the basic mark ({basic}).</source>
      <translation>申请人必须是基础商标的所有人（{basic}）。</translation>
    </message>
    <message>
      <source>Enter the total of the fee calculation: {total} {currency} (fees valid as of {valid_as_of}).</source>
      <translation>请输入规费计算的合计：{total} {currency}（费用截至 {valid_as_of} 有效）。</translation>
    </message>
    <message>
      <source>The reproduction is in colour: claim the colour (item 8) or file a black-and-white reproduction.</source>
      <translation>图样为彩色：请要求保护颜色（第8项）或提交黑白图样。</translation>
    </message>
    <message>
      <source>Say who signed the MM18 declaration, or attach it.</source>
      <translation>请写明MM18声明的签字人，或附上该声明。</translation>
    </message>
    <message>
      <source>The basic mark's date ({date}) is after the international application ({filed}).</source>
      <translation>基础商标的日期（{date}）晚于国际申请日期（{filed}）。</translation>
    </message>
    <message>
      <source>Class {class} is not in the basic mark.</source>
      <translation>第 {class} 类不在基础商标中。</translation>
    </message>
    <message>
      <source>{code} is designated more than once.</source>
      <translation>{code} 被指定了不止一次。</translation>
    </message>
    <message>
      <source>Give the number and date of the basic application or registration.</source>
      <translation>请填写基础申请或基础注册的号码和日期。</translation>
    </message>
    <message>
      <source>“{term}” belongs to class {other}, not class {class}.</source>
      <translation>“{term}”属于第 {other} 类，不属于第 {class} 类。</translation>
    </message>
    <message>
      <source>The earlier filing ({date}) cannot be later than this application ({filed}).</source>
      <translation>在先申请（{date}）不能晚于本申请（{filed}）。</translation>
    </message>
    <message>
      <source>Class {class} is listed more than once; list its terms under one entry.</source>
      <translation>第 {class} 类出现了不止一次；请将其术语列在同一条目下。</translation>
    </message>
    <message>
      <source>Remove the empty term from class {class}.</source>
      <translation>请删除第 {class} 类中的空术语。</translation>
    </message>
    <message>
      <source>{sheets} sheets: the fee per sheet is due for the {extra} sheets beyond {free}.</source>
      <translation>{sheets} 页：超出 {free} 页的 {extra} 页须缴纳每页费用。</translation>
    </message>
    <message>
      <source>{sheets} sheets: the fee per sheet is due for the {extra} sheets beyond {free} ({amount} {currency}).</source>
      <translation>{sheets} 页：超出 {free} 页的 {extra} 页须缴纳每页费用（{amount} {currency}）。</translation>
    </message>
    <message>
      <source>The sequence listing must be a WIPO ST.26 XML file, not {name}.</source>
      <translation>序列表必须是WIPO ST.26 XML文件，而不是 {name}。</translation>
    </message>
    <message>
      <source>Give the number of sheets of each part (box IX); they determine the fees.</source>
      <translation>请填写各部分的页数（第IX栏）；页数决定费用。</translation>
    </message>
    <message>
      <source>The earlier application ({date}) cannot be later than the international filing date ({filed}).</source>
      <translation>在先申请（{date}）不能晚于国际申请日（{filed}）。</translation>
    </message>
    <message>
      <source>Say how the fees will be paid.</source>
      <translation>请说明费用的缴纳方式。</translation>
    </message>
    <message>
      <source>The image is {width}×{height} pixels; each side should be {min}-{max} pixels.</source>
      <translation>图像为 {width}×{height} 像素；每边应为 {min} 至 {max} 像素。</translation>
    </message>
    <message>
      <source>A word mark cannot claim colour; choose a figurative or combined mark.</source>
      <translation>文字商标不能要求保护颜色；请选择图形商标或组合商标。</translation>
    </message>
    <message>
      <source>{label} is longer than {max} characters.</source>
      <translation>{label}超过 {max} 个字符。</translation>
    </message>
    <message>
      <source>{value} is not a valid choice for {label}.</source>
      <translation>{value} 不是 {label} 的有效选项。</translation>
    </message>
    <message>
      <source>{label}: files of type {type} are not accepted.</source>
      <translation>{label}：不接受 {type} 类型的文件。</translation>
    </message>
    <message>
      <source>{label}: expected a list.</source>
      <translation>{label}：应为列表。</translation>
    </message>
    <message>
      <source>At least {min} of {label} needed.</source>
      <translation>{label}至少需要 {min} 项。</translation>
    </message>
    <message>
      <source>At most {max} of {label} allowed.</source>
      <translation>{label}最多允许 {max} 项。</translation>
    </message>
    <message>
      <source>{label} is required.</source>
      <translation>{label}为必填项。</translation>
    </message>
    <message>
      <source>{label} must be at least {min}.</source>
      <translation>{label}不得小于 {min}。</translation>
    </message>
    <message>
      <source>{label} must be at most {max}.</source>
      <translation>{label}不得大于 {max}。</translation>
    </message>
    <!-- branch: reliability -->
    <message>
      <source>claimed by the signer</source>
      <translation>签名者声称</translation>
    </message>
    <!-- branch: printouts -->
    <message>
      <source>Applicant(s)</source>
      <translation>申请人</translation>
    </message>
    <message>
      <source>Box No. {box}</source>
      <translation>第{box}栏</translation>
    </message>
    <message>
      <source>Fees paid</source>
      <translation>已缴费用</translation>
    </message>
    <message>
      <source>Filing date and time</source>
      <translation>申请日期和时间</translation>
    </message>
    <message>
      <source>Item {item}</source>
      <translation>第{item}项</translation>
    </message>
    <message>
      <source>Kind of application</source>
      <translation>申请类型</translation>
    </message>
    <message>
      <source>Mark</source>
      <translation>商标</translation>
    </message>
    <message>
      <source>Not filled in.</source>
      <translation>未填写。</translation>
    </message>
    <message>
      <source>Not included (not in the fee table): {items}</source>
      <translation>未计入（不在收费表中）：{items}</translation>
    </message>
    <message>
      <source>Not signed yet: this summary is not a filing.</source>
      <translation>尚未签署：本摘要不构成申请提交。</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
      <source>Paper size</source>
      <translation>纸张大小</translation>
    </message>
    <message>
      <source>Receipt for a response</source>
      <translation>答复回执</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>参考号</translation>
    </message>
    <message>
      <source>The fees cannot be calculated until the application says what they depend on.</source>
      <translation>在申请写明计费所依据的信息之前，无法计算费用。</translation>
    </message>
    <message>
      <source>The office's signature on this receipt could not be verified: do not rely on this printout; ask the office.</source>
      <translation>无法验证本回执上的主管局签名：请勿依赖本打印件，请向主管局查询。</translation>
    </message>
    <message>
      <source>The office's signature on this receipt was verified with the office's certificate (SHA-256 fingerprint {fingerprint}).</source>
      <translation>本回执上的主管局签名已使用主管局证书验证（SHA-256 指纹 {fingerprint}）。</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>Something went wrong and the action was stopped. Your saved work is safe.</source>
      <translation>出现错误，操作已停止。您已保存的工作不受影响。</translation>
    </message>
    <message>
      <source>The details are in the log file: {path}</source>
      <translation>详细信息见日志文件：{path}</translation>
    </message>
    <message>
      <source>(to be confirmed)</source>
      <translation>（待确认）</translation>
    </message>
    <message>
      <source>Fee data out of date</source>
      <translation>费用数据已过期</translation>
    </message>
    <message>
      <source>Fee data: {table} read {date} ({days} days old), review by {review}</source>
      <translation>费用数据：{table} 读取于 {date}（{days} 天前），复核期限 {review}</translation>
    </message>
    <message>
      <source>Fee table {version}, in effect from {effective}, read {date} ({days} days old); review by {review}</source>
      <translation>费用表 {version}，自 {effective} 起生效，读取于 {date}（{days} 天前）；复核期限 {review}</translation>
    </message>
    <message>
      <source>Not signed: the fee data is out of date.</source>
      <translation>未签名：费用数据已过期。</translation>
    </message>
    <message>
      <source>Reduction under item 5</source>
      <translation>第5项减免</translation>
    </message>
    <message>
      <source>The fee quote rests on {count} figure(s) still to be confirmed: {items}. Check them at the source before paying.</source>
      <translation>费用计算依据 {count} 项尚待确认的数额：{items}。付款前请向来源核实。</translation>
    </message>
    <message>
      <source>The fee quote uses {table} {version}, past its review date {review_date} (read {valid_as_of}): check the official fees before paying.</source>
      <translation>费用计算使用的 {table} {version} 已超过复核期限 {review_date}（读取于 {valid_as_of}）：付款前请核对官方费用。</translation>
    </message>
    <message>
      <source>The fee table {tables} is past its review date: the fees may have changed. Sign anyway?</source>
      <translation>费用表 {tables} 已超过复核期限：费用可能已变更。仍要签名吗？</translation>
    </message>
    <message>
      <source>Warning: fee table {table} is past its review date {review}: check the official fees before paying.</source>
      <translation>警告：费用表 {table} 已超过复核期限 {review}：付款前请核对官方费用。</translation>
    </message>
    <message>
      <source>Warning: {table} is past its review date {review} ({days} days old): check the fees before paying</source>
      <translation>警告：{table} 已超过复核期限 {review}（{days} 天前）：付款前请核对费用</translation>
    </message>
    <message>
      <source>{days} days old</source>
      <translation>{days} 天前</translation>
    </message>
    <message>
      <source>Fee data {days} days old</source>
      <translation>费用数据：{days} 天前</translation>
    </message>
    <message>
      <source>desktop build</source>
      <translation>桌面版</translation>
    </message>
    <message>
      <source>installed package</source>
      <translation>已安装的软件包</translation>
    </message>
    <message>
      <source>shipped with the program</source>
      <translation>随程序提供</translation>
    </message>
    <message>
      <source>installed from a data pack</source>
      <translation>从数据包安装</translation>
    </message>
    <message>
      <source>Version {version}</source>
      <translation>版本 {version}</translation>
    </message>
    <message>
      <source>About Filing Assistant</source>
      <translation>关于申请助手</translation>
    </message>
    <message>
      <source>Check for updates</source>
      <translation>检查更新</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>复制</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>正在检查…</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <source>Update address:</source>
      <translation>更新地址：</translation>
    </message>
    <message>
      <source>Enter the address of an update index first.</source>
      <translation>请先输入更新索引的地址。</translation>
    </message>
    <message>
      <source>Up to date: no newer program or reference data.</source>
      <translation>已是最新：没有更新的程序或参考数据。</translation>
    </message>
    <message>
      <source>Could not check for updates: {error}</source>
      <translation>无法检查更新：{error}</translation>
    </message>
    <message>
      <source>{days} days</source>
      <translation>{days} 天</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>数据表</translation>
    </message>
    <message>
      <source>Valid as of</source>
      <translation>有效日期</translation>
    </message>
    <message>
      <source>Origin</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>时长</translation>
    </message>
    <message>
      <source>Schemas and formats</source>
      <translation>模式与格式</translation>
    </message>
    <message>
      <source>Program {version} is available.</source>
      <translation>程序版本 {version} 已可用。</translation>
    </message>
    <message>
      <source>Newer reference data: {tables}.</source>
      <translation>有更新的参考数据：{tables}。</translation>
    </message>
    <message>
      <source>{days} days: older than a year, check for an update</source>
      <translation>{days} 天：已超过一年，请检查更新</translation>
    </message>
    <message>
      <source>Component</source>
      <translation>组件</translation>
    </message>
    <message>
      <source>Reference data</source>
      <translation>参考数据</translation>
    </message>
    <message>
      <source>Program</source>
      <translation>程序</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>Same row as row {row}; it is imported once.</source>
      <translation>与第 {row} 行相同；只导入一次。</translation>
    </message>
    <message>
      <source>Already imported as draft {draft}.</source>
      <translation>已导入为草稿 {draft}。</translation>
    </message>
    <message>
      <source>Write yes or no (got {text}).</source>
      <translation>请填写是（yes）或否（no）（读到：{text}）。</translation>
    </message>
    <message>
      <source>Not a whole number (got {text}).</source>
      <translation>不是整数（读到：{text}）。</translation>
    </message>
    <message>
      <source>Give the file's path relative to the sheet's folder.</source>
      <translation>请给出相对于表格所在文件夹的文件路径。</translation>
    </message>
    <message>
      <source>Write each class as 'class: term; term', e.g. '9: software'; got {text}.</source>
      <translation>每个类别请写成“类别: 项目; 项目”，例如“9: software”；读到：{text}。</translation>
    </message>
    <message>
      <source>No file {name} in the sheet's folder.</source>
      <translation>表格所在文件夹中没有文件 {name}。</translation>
    </message>
    <message>
      <source>The file {name} is larger than {limit} bytes.</source>
      <translation>文件 {name} 超过 {limit} 字节。</translation>
    </message>
    <message>
      <source>Cannot read the file {name}.</source>
      <translation>无法读取文件 {name}。</translation>
    </message>
    <message>
      <source>{count} value(s) separated by |, but the group has {items} item(s).</source>
      <translation>以 | 分隔的值有 {count} 个，但该组有 {items} 项。</translation>
    </message>
    <message>
      <source>Date as YYYY-MM-DD.</source>
      <translation>日期格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
      <source>yes or no.</source>
      <translation>yes（是）或 no（否）。</translation>
    </message>
    <message>
      <source>A whole number.</source>
      <translation>整数。</translation>
    </message>
    <message>
      <source>Several values separated by ;</source>
      <translation>多个值，以 ; 分隔</translation>
    </message>
    <message>
      <source>Path of the file, relative to the sheet's folder.</source>
      <translation>文件路径，相对于表格所在文件夹。</translation>
    </message>
    <message>
      <source>Two-letter country code (ISO 3166), e.g. CH.</source>
      <translation>两个字母的国家代码（ISO 3166），例如 CH。</translation>
    </message>
    <message>
      <source>One of: {choices}</source>
      <translation>以下之一：{choices}</translation>
    </message>
    <message>
      <source>Class, colon, terms separated by ;, classes separated by |</source>
      <translation>类别、冒号、以 ; 分隔的项目，类别之间以 | 分隔</translation>
    </message>
    <message>
      <source>One value per item, separated by |</source>
      <translation>每项一个值，以 | 分隔</translation>
    </message>
    <message>
      <source>Client reference</source>
      <translation>客户参考号</translation>
    </message>
    <message>
      <source>Your client's reference (fee totals).</source>
      <translation>您客户的参考号（费用合计）。</translation>
    </message>
    <message>
      <source>Row id</source>
      <translation>行标识</translation>
    </message>
    <message>
      <source>Your id for this row: re-importing it never duplicates.</source>
      <translation>您为此行设定的标识：重新导入不会产生重复。</translation>
    </message>
    <message>
      <source>The check {code} could not run on this application; it has not been verified.</source>
      <translation>无法对本申请运行检查 {code}；此项尚未核实。</translation>
    </message>
    <message>
      <source>Seniority claims (MM17, European Union designated)</source>
      <translation>优先权（在先权利）主张（MM17，指定欧洲联盟时）</translation>
    </message>
    <message>
      <source>Earlier mark</source>
      <translation>在先商标</translation>
    </message>
    <message>
      <source>Applicant (number in item 2)</source>
      <translation>申请人（第2项中的编号）</translation>
    </message>
    <message>
      <source>Each applicant must be entitled; give one ground or more for every applicant.</source>
      <translation>每个申请人都必须有资格；请为每个申请人至少填写一项依据。</translation>
    </message>
    <message>
      <source>Domicile or establishment in the territory of the Office of origin (item 3(b))</source>
      <translation>在原属局领土内的住所或营业所（第3(b)项）</translation>
    </message>
    <message>
      <source>Only where the address above is not in the territory of the Contracting Party of the Office of origin.</source>
      <translation>仅当上述地址不在原属局所属缔约方领土内时填写。</translation>
    </message>
    <message>
      <source>Leave empty when the priority covers all the goods and services.</source>
      <translation>如优先权涵盖全部商品和服务，请留空。</translation>
    </message>
    <message>
      <source>The mark consists exclusively of a colour or a combination of colours as such, without any figurative element</source>
      <translation>商标仅由颜色或颜色组合本身构成，不含任何图形要素</translation>
    </message>
    <message>
      <source>Collective mark, certification mark or guarantee mark</source>
      <translation>集体商标、证明商标或保证商标</translation>
    </message>
    <message>
      <source>Three-dimensional mark</source>
      <translation>立体商标</translation>
    </message>
    <message>
      <source>Sound mark</source>
      <translation>声音商标</translation>
    </message>
    <message>
      <source>Other type of mark</source>
      <translation>其他类型商标</translation>
    </message>
    <message>
      <source>Describe the mark in the description of the mark.</source>
      <translation>请在商标说明中描述该商标。</translation>
    </message>
    <message>
      <source>The verbal element cannot be translated</source>
      <translation>文字要素无法翻译</translation>
    </message>
    <message>
      <source>Second language (European Union designated)</source>
      <translation>第二语言（指定欧洲联盟时）</translation>
    </message>
    <message>
      <source>A language of the EUIPO other than the language of the international application.</source>
      <translation>欧盟知识产权局的一种语言，且不同于国际申请的语言。</translation>
    </message>
    <message>
      <source>German</source>
      <translation>德语</translation>
    </message>
    <message>
      <source>Italian</source>
      <translation>意大利语</translation>
    </message>
    <message>
      <source>Member State in or for which the earlier mark is registered</source>
      <translation>在先商标注册所在或所涉成员国</translation>
    </message>
    <message>
      <source>Registration number</source>
      <translation>注册号</translation>
    </message>
    <message>
      <source>Date of registration</source>
      <translation>注册日期</translation>
    </message>
    <message>
      <source>Filing date of the earlier mark</source>
      <translation>在先商标的申请日期</translation>
    </message>
    <message>
      <source>Goods and services for which seniority is claimed, if not all</source>
      <translation>主张在先权利的商品和服务（如非全部）</translation>
    </message>
    <message>
      <source>The date of the international application; used for the priority period.</source>
      <translation>国际申请日期；用于计算优先权期限。</translation>
    </message>
    <message>
      <source>DAS access code of the priority document</source>
      <translation>优先权文件的DAS访问码</translation>
    </message>
    <message>
      <source>Lets the International Bureau retrieve the priority document from the WIPO Digital Access Service (Rule 17.1(b-bis)).</source>
      <translation>使国际局能够从WIPO数字查询服务获取优先权文件（细则17.1(b之二)）。</translation>
    </message>
    <message>
      <source>Language of the translation for the international search</source>
      <translation>用于国际检索的译文语言</translation>
    </message>
    <message>
      <source>Only where the ISA does not search in the language of filing (Rule 12.3): a translation into this language (ISO 639-1 code) is furnished.</source>
      <translation>仅当国际检索单位不以申请语言进行检索时（细则12.3）：须提交该语言的译文（ISO 639-1代码）。</translation>
    </message>
    <message>
      <source>{name} is not a {type} file: its content does not match its type.</source>
      <translation>{name} 不是 {type} 文件：其内容与类型不符。</translation>
    </message>
    <message>
      <source>Give the mark: a reproduction of it or its verbal element in standard characters.</source>
      <translation>请提供商标：商标图样或以标准字符表示的文字要素。</translation>
    </message>
    <message>
      <source>The European Union is designated: give a second language, one of {allowed}.</source>
      <translation>已指定欧洲联盟：请从 {allowed} 中选择第二语言。</translation>
    </message>
    <message>
      <source>Seniority (MM17) can only be claimed when the European Union is designated.</source>
      <translation>只有在指定欧洲联盟时才能主张在先权利（MM17）。</translation>
    </message>
    <message>
      <source>A representative is appointed: give the representative's e-mail address ({label}).</source>
      <translation>已委托代理人：请填写代理人的电子邮件地址（{label}）。</translation>
    </message>
    <message>
      <source>{email} is also the e-mail of the representative or of another applicant: each applicant gives an own address.</source>
      <translation>{email} 也是代理人或其他申请人的电子邮件：每个申请人须提供自己的地址。</translation>
    </message>
    <message>
      <source>Applicant {n} ({name}) has no ground of entitlement: give at least one in item 3.</source>
      <translation>申请人 {n}（{name}）没有任何资格依据：请在第3项至少填写一项。</translation>
    </message>
    <message>
      <source>The address of {name} is in {country}, outside {origin}: give the domicile or establishment in {origin} (item 3(b)).</source>
      <translation>{name} 的地址位于 {country}，不在 {origin}：请填写在 {origin} 的住所或营业所（第3(b)项）。</translation>
    </message>
    <message>
      <source>“{term}” (class {class}) uses “{words}”: the International Bureau finds such wording vague; list the goods or services precisely.</source>
      <translation>“{term}”（第{class}类）使用了“{words}”：国际局认为此类措辞含糊；请准确列出商品或服务。</translation>
    </message>
    <message>
      <source>Choose the International Searching Authority (box VII).</source>
      <translation>请选择国际检索单位（第VII栏）。</translation>
    </message>
    <message>
      <source>ISA/{isa} is not competent for applications filed with RO/{ro}; choose one of {allowed} ({as_of}).</source>
      <translation>ISA/{isa} 对向 RO/{ro} 提交的申请无管辖权；请从 {allowed} 中选择（{as_of}）。</translation>
    </message>
    <message>
      <source>RO/{ro} does not accept international applications in {language}; it accepts {allowed} ({as_of}).</source>
      <translation>RO/{ro} 不接受以 {language} 提交的国际申请；接受 {allowed}（{as_of}）。</translation>
    </message>
    <message>
      <source>ISA/{isa} does not search in {language}: give the language of the translation for the search, one of {allowed} ({as_of}).</source>
      <translation>ISA/{isa} 不以 {language} 进行检索：请填写检索用译文的语言，可选 {allowed}（{as_of}）。</translation>
    </message>
    <message>
      <source>The application refers to drawings ({where}) but none is attached.</source>
      <translation>申请提及附图（{where}），但未附任何附图。</translation>
    </message>
    <message>
      <source>The file reference {reference} may only contain Latin letters and Arabic numerals, with hyphens between them.</source>
      <translation>案卷号 {reference} 只能包含拉丁字母和阿拉伯数字，中间可用连字符分隔。</translation>
    </message>
    <message>
      <source>{state} cannot be excluded in box V: only {allowed} can (Rule 4.9(b)); withdraw another designation by a notice under Rule 90bis.2.</source>
      <translation>{state} 不能在第V栏中排除：只有 {allowed} 可以（细则4.9(b)）；其他指定请依细则90之二.2提交撤回通知。</translation>
    </message>
    <message>
      <source>RO/{ro} does not restore the right of priority (Rule 26bis.3(j)); file with RO/IB to request restoration ({as_of}).</source>
      <translation>RO/{ro} 不恢复优先权（细则26之二.3(j)）；请向 RO/IB 提交申请以请求恢复（{as_of}）。</translation>
    </message>
    <message>
      <source>{name}: the image header is damaged (no valid width and height).</source>
      <translation>{name}：图像头已损坏（宽度和高度无效）。</translation>
    </message>
    <message>
      <source>{name}: the image data does not match the size its header declares.</source>
      <translation>{name}：图像数据与图像头声明的尺寸不符。</translation>
    </message>
    <message>
      <source>{name} is incomplete: the file ends before its last part.</source>
      <translation>{name} 不完整：文件在最后部分之前就结束了。</translation>
    </message>
    <message>
      <source>Attach the signed MM18 declaration; naming its signatory is not enough.</source>
      <translation>请附上已签署的MM18声明；仅填写签署人姓名是不够的。</translation>
    </message>
    <message>
      <source>{state} is not a member State of the European Union.</source>
      <translation>{state} 不是欧洲联盟成员国。</translation>
    </message>
    <message>
      <source>There is no applicant {n}: the application names {count}.</source>
      <translation>不存在申请人 {n}：申请中仅列出 {count} 个。</translation>
    </message>
    <message>
      <source>The competent International Searching Authorities of RO/{ro} are not in the reference data ({as_of}): check them in the PCT Applicant's Guide, Annex C.</source>
      <translation>参考数据（{as_of}）中没有 RO/{ro} 的主管国际检索单位：请查阅《PCT申请人指南》附件C。</translation>
    </message>
    <message>
      <source>ISA/{isa} does not accept a translation into {given}; it accepts {allowed} ({as_of}).</source>
      <translation>ISA/{isa} 不接受 {given} 译文；接受 {allowed}（{as_of}）。</translation>
    </message>
    <message>
      <source>The reference data has no file requirements of {office} for a {type} mark: the representation file cannot be checked; see the office's specifications.</source>
      <translation>参考数据中没有 {office} 对 {type} 类商标文件的要求：无法检查商标图样文件；请查阅该局的规范。</translation>
    </message>
    <message>
      <source>Updates available: {details}</source>
      <translation>有可用更新：{details}</translation>
    </message>
    <message>
      <source>{errors}, {warnings}</source>
      <translation>{errors}，{warnings}</translation>
    </message>
    <message>
      <source>No errors; {warnings}</source>
      <translation>没有错误；{warnings}</translation>
    </message>
    <message>
      <source>(not given)</source>
      <translation>（未填写）</translation>
    </message>
    <message>
      <source>This class entry lists no goods or services: add its terms.</source>
      <translation>此类别条目未列出任何商品或服务：请添加其用语。</translation>
    </message>
    <message>
      <source>Too short: use at least {n} characters.</source>
      <translation>太短：请至少使用 {n} 个字符。</translation>
    </message>
    <message>
      <source>Strong passphrase.</source>
      <translation>口令强度高。</translation>
    </message>
    <message>
      <source>Fair: a longer passphrase is stronger.</source>
      <translation>一般：口令越长越安全。</translation>
    </message>
    <message>
      <source>Weak: add words, digits or signs.</source>
      <translation>弱：请添加单词、数字或符号。</translation>
    </message>
    <message>
      <source>Name of the key holder</source>
      <translation>密钥持有人姓名</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation>再次输入口令</translation>
    </message>
    <message>
      <source>Passphrase again:</source>
      <translation>再次输入口令：</translation>
    </message>
    <message>
      <source>Create key</source>
      <translation>创建密钥</translation>
    </message>
    <message>
      <source>Type the name of the key holder.</source>
      <translation>请输入密钥持有人姓名。</translation>
    </message>
    <message>
      <source>Type a passphrase for the new key.</source>
      <translation>请为新密钥输入口令。</translation>
    </message>
    <message>
      <source>The two passphrases differ: type the same one twice.</source>
      <translation>两次输入的口令不一致：请输入相同的口令两次。</translation>
    </message>
    <message>
      <source>Bulgarian</source>
      <translation>保加利亚语</translation>
    </message>
    <message>
      <source>Czech</source>
      <translation>捷克语</translation>
    </message>
    <message>
      <source>Danish</source>
      <translation>丹麦语</translation>
    </message>
    <message>
      <source>Greek</source>
      <translation>希腊语</translation>
    </message>
    <message>
      <source>Estonian</source>
      <translation>爱沙尼亚语</translation>
    </message>
    <message>
      <source>Finnish</source>
      <translation>芬兰语</translation>
    </message>
    <message>
      <source>Irish</source>
      <translation>爱尔兰语</translation>
    </message>
    <message>
      <source>Croatian</source>
      <translation>克罗地亚语</translation>
    </message>
    <message>
      <source>Hungarian</source>
      <translation>匈牙利语</translation>
    </message>
    <message>
      <source>Lithuanian</source>
      <translation>立陶宛语</translation>
    </message>
    <message>
      <source>Latvian</source>
      <translation>拉脱维亚语</translation>
    </message>
    <message>
      <source>Maltese</source>
      <translation>马耳他语</translation>
    </message>
    <message>
      <source>Dutch</source>
      <translation>荷兰语</translation>
    </message>
    <message>
      <source>Polish</source>
      <translation>波兰语</translation>
    </message>
    <message>
      <source>Portuguese</source>
      <translation>葡萄牙语</translation>
    </message>
    <message>
      <source>Romanian</source>
      <translation>罗马尼亚语</translation>
    </message>
    <message>
      <source>Slovak</source>
      <translation>斯洛伐克语</translation>
    </message>
    <message>
      <source>Slovenian</source>
      <translation>斯洛文尼亚语</translation>
    </message>
    <message>
      <source>Swedish</source>
      <translation>瑞典语</translation>
    </message>
    <message>
      <source>Choose one ground or more in the lists below: nationality, domicile, or a real and effective industrial or commercial establishment in the Contracting Party of the Office of origin.</source>
      <translation>请在下列列表中选择一项或多项依据：国籍、住所，或在原属局所属缔约方境内有真实有效的工商营业所。</translation>
    </message>
    <message>
      <source>The language of the application: an official language of the European Union for the EUIPO, English for the USPTO.</source>
      <translation>申请的语言：向欧盟知识产权局（EUIPO）提交时为欧盟官方语言之一，向美国专利商标局（USPTO）提交时为英语。</translation>
    </message>
    <message>
      <source>Give the number of the basic application or registration.</source>
      <translation>请填写基础申请或基础注册的编号。</translation>
    </message>
    <message>
      <source>Give the date of the basic application or registration.</source>
      <translation>请填写基础申请或基础注册的日期。</translation>
    </message>
    <message>
      <source>No term list is installed: terms are added as typed, without checking them against the Nice Classification.</source>
      <translation>未安装用语列表：用语按输入原样添加，不会对照尼斯分类进行核对。</translation>
    </message>
    <message>
      <source>Install a term list…</source>
      <translation>安装用语列表…</translation>
    </message>
    <message>
      <source>Or from a terminal: filingassist refdata import-nice FILE.csv</source>
      <translation>或在终端中运行：filingassist refdata import-nice FILE.csv</translation>
    </message>
    <message>
      <source>Type a term and press Enter to add it (not checked: no term list)</source>
      <translation>输入用语并按 Enter 添加（未核对：没有用语列表）</translation>
    </message>
    <message>
      <source>Choose the Nice term list (CSV)</source>
      <translation>选择尼斯用语列表（CSV）</translation>
    </message>
    <message>
      <source>Nice term lists (*.csv)</source>
      <translation>尼斯用语列表 (*.csv)</translation>
    </message>
    <message>
      <source>Installing the term list…</source>
      <translation>正在安装用语列表…</translation>
    </message>
    <message>
      <source>Could not install the term list.</source>
      <translation>无法安装用语列表。</translation>
    </message>
    <message>
      <source>Fee table read {date}</source>
      <translation>费用表读取于 {date}</translation>
    </message>
    <message numerus="yes">
      <source>%n error(s)</source>
      <translation>
        <numerusform>%n 个错误</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n warning(s)</source>
      <translation>
        <numerusform>%n 个警告</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n package(s) waiting to be sent or receipted</source>
      <translation>
        <numerusform>%n 个包等待发送或等待回执</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n 天</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>overdue by %n day(s)</source>
      <translation>
        <numerusform>逾期 %n 天</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n 页</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n sequence(s)</source>
      <translation>
        <numerusform>%n 条序列</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Term list installed: %n term(s).</source>
      <translation>
        <numerusform>已安装用语列表：%n 条用语。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Fee data %n day(s) old</source>
      <translation>
        <numerusform>费用数据：%n 天前</numerusform>
      </translation>
    </message>
    <message>
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>删除…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Delete drafts</source>
      <translation>删除草稿</translation>
    </message>
    <message>
      <source>Delete {n} draft(s) for good?</source>
      <translation>永久删除 {n} 份草稿？</translation>
    </message>
    <message>
      <source>Their revisions, attachments and packages not yet sent are erased from this computer. You can undo for a few seconds.</source>
      <translation>其修订版本、附件和尚未发送的文件包将从本计算机上抹除。几秒钟内可以撤销。</translation>
    </message>
    <message>
      <source>{n} draft(s) deleted.</source>
      <translation>已删除 {n} 份草稿。</translation>
    </message>
    <message>
      <source>Draft “{title}” deleted.</source>
      <translation>草稿“{title}”已删除。</translation>
    </message>
    <message>
      <source>The country or organisation where you want protection for your mark. At this counter it is usually this office.</source>
      <translation>您希望商标获得保护的国家或组织。在本窗口通常就是本局。</translation>
    </message>
    <message>
      <source>The language the application is written in, as a two-letter code (en for English, fr for French, ar for Arabic).</source>
      <translation>申请所用的语言，用两个字母的代码表示（zh 为中文，en 为英文）。</translation>
    </message>
    <message>
      <source>Your own reference for this application, if you have one. You may leave it empty.</source>
      <translation>您自己对本申请的编号（如有）。可以留空。</translation>
    </message>
    <message>
      <source>The day you file. Usually today; the office gives the official date.</source>
      <translation>提交的日期。通常是今天；正式日期由本局确定。</translation>
    </message>
    <message>
      <source>Only some offices ask why you file (for example, the mark is already in use). Leave it empty if the staff says so.</source>
      <translation>只有部分主管局询问申请依据（例如商标已在使用）。如工作人员如此建议，可留空。</translation>
    </message>
    <message>
      <source>The full name of the person or company that will own the mark, as on an identity document or company register.</source>
      <translation>将拥有该商标的个人或公司的全名，与身份证件或公司登记一致。</translation>
    </message>
    <message>
      <source>The full postal address where letters from the office can reach the owner.</source>
      <translation>本局信函可以送达所有人的完整邮寄地址。</translation>
    </message>
    <message>
      <source>The country of that address.</source>
      <translation>该地址所在的国家。</translation>
    </message>
    <message>
      <source>An e-mail address where the office can write to the owner. You may leave it empty.</source>
      <translation>本局可以联系所有人的电子邮箱。可以留空。</translation>
    </message>
    <message>
      <source>Choose “natural person” for a human being, “legal entity” for a company, association or other organisation.</source>
      <translation>个人请选“自然人”，公司、协会或其他组织请选“法人”。</translation>
    </message>
    <message>
      <source>For a person: the country of which they are a citizen.</source>
      <translation>对于个人：其国籍所属国家。</translation>
    </message>
    <message>
      <source>For a company: its legal form, for example “limited company” or “association”.</source>
      <translation>对于公司：其法律形式，例如“有限责任公司”或“协会”。</translation>
    </message>
    <message>
      <source>For a company: the country under whose law it was set up.</source>
      <translation>对于公司：依据其法律成立的国家。</translation>
    </message>
    <message>
      <source>Only if a lawyer or agent acts for the owner: their name. Otherwise leave this page empty.</source>
      <translation>仅在由律师或代理人代表所有人时填写其姓名。否则本页留空。</translation>
    </message>
    <message>
      <source>The representative's postal address.</source>
      <translation>代理人的邮寄地址。</translation>
    </message>
    <message>
      <source>The country of the representative's address.</source>
      <translation>代理人地址所在的国家。</translation>
    </message>
    <message>
      <source>The representative's e-mail address.</source>
      <translation>代理人的电子邮箱。</translation>
    </message>
    <message>
      <source>What the mark is made of: only words (word mark), a picture or logo (figurative), words and picture together (combined), or something else.</source>
      <translation>商标的构成：仅文字（文字商标）、图形或标志（图形商标）、文字与图形结合（组合商标）或其他。</translation>
    </message>
    <message>
      <source>The words of the mark, letter by letter, exactly as you want them protected.</source>
      <translation>商标中的文字，逐字准确填写您希望保护的样子。</translation>
    </message>
    <message>
      <source>Tick this if only the words matter, written in any ordinary letters, with no special font or colour.</source>
      <translation>如果只保护文字本身（普通字体，无特殊字体或颜色），请勾选。</translation>
    </message>
    <message>
      <source>A clear picture of the mark (for a logo). The staff can scan or attach it for you.</source>
      <translation>清晰的商标图样（适用于标志）。工作人员可以帮您扫描或附上。</translation>
    </message>
    <message>
      <source>Tick this if the colours are part of what you want protected.</source>
      <translation>如果颜色属于您要保护的内容，请勾选。</translation>
    </message>
    <message>
      <source>Name each colour and where it appears, for example “red: the letters; white: the background”.</source>
      <translation>写明每种颜色及其位置，例如“红色：文字；白色：背景”。</translation>
    </message>
    <message>
      <source>A few words describing the mark, if the picture alone does not make it clear.</source>
      <translation>如仅凭图样不够清楚，请用几句话描述商标。</translation>
    </message>
    <message>
      <source>Words in the mark that you do not claim for yourself alone (for example a common word like “shop”). Usually empty.</source>
      <translation>商标中您不主张专用的文字（例如“商店”这类常用词）。通常留空。</translation>
    </message>
    <message>
      <source>If the mark uses another alphabet: how it is written in Latin letters.</source>
      <translation>如商标使用其他文字：其拉丁字母拼写。</translation>
    </message>
    <message>
      <source>If the words of the mark mean something: their meaning in the language of the application.</source>
      <translation>如商标文字有含义：其在申请语言中的意思。</translation>
    </message>
    <message>
      <source>The number (1 to 45) of the group of goods or services. The staff can help you find it.</source>
      <translation>商品或服务类别的编号（1 至 45）。工作人员可以帮您查找。</translation>
    </message>
    <message>
      <source>What you sell or do under the mark, one item per line, for example “coffee” or “hairdressing”.</source>
      <translation>您以该商标销售或提供的内容，每行一项，例如“咖啡”或“美发”。</translation>
    </message>
    <message>
      <source>Only if you filed the same mark elsewhere in the last six months: the office where you did.</source>
      <translation>仅当您在过去六个月内在其他地方申请过同一商标时填写：该申请的主管局。</translation>
    </message>
    <message>
      <source>The number that office gave that earlier filing.</source>
      <translation>该主管局给予在先申请的编号。</translation>
    </message>
    <message>
      <source>The date of that earlier filing.</source>
      <translation>在先申请的日期。</translation>
    </message>
    <message>
      <source>Your full name, as you will sign.</source>
      <translation>您的全名，与签名一致。</translation>
    </message>
    <message>
      <source>Whether you sign as the owner yourself or as their representative.</source>
      <translation>您是以所有人本人还是其代理人的身份签名。</translation>
    </message>
    <message>
      <source>Your signature is your name typed between two slashes, for example /Amina Diallo/.</source>
      <translation>您的签名就是在两条斜线之间输入的姓名，例如 /Amina Diallo/。</translation>
    </message>
    <message>
      <source>The day you sign: today.</source>
      <translation>签名日期：今天。</translation>
    </message>
    <message>
      <source>How the fee will be paid. At this counter the staff tells you which methods are accepted.</source>
      <translation>费用的支付方式。本窗口的工作人员会告诉您接受哪些方式。</translation>
    </message>
    <message>
      <source>Only for payment from a deposit account held at the office: its number.</source>
      <translation>仅当从本局开立的预存账户付款时填写：账号。</translation>
    </message>
    <message>
      <source>The reference of your payment (a receipt or transfer number), if you already paid.</source>
      <translation>如已付款，填写付款凭证（收据号或转账号）。</translation>
    </message>
    <message>
      <source>The name of the person who pays, if not the owner.</source>
      <translation>付款人姓名（如非所有人）。</translation>
    </message>
    <message>
      <source>The total you pay, as shown under “Fees”.</source>
      <translation>您支付的总额，见“费用”部分。</translation>
    </message>
    <message>
      <source>Protect a name, logo or sign in this country.</source>
      <translation>在本国保护名称、标志或标识。</translation>
    </message>
    <message>
      <source>Protect your trademark in other countries at once.</source>
      <translation>一次在其他国家保护您的商标。</translation>
    </message>
    <message>
      <source>Protect an invention (international patent request).</source>
      <translation>保护一项发明（国际专利请求书）。</translation>
    </message>
    <message>
      <source>Your signature: {signature}</source>
      <translation>您的签名：{signature}</translation>
    </message>
    <message>
      <source>Welcome</source>
      <translation>欢迎</translation>
    </message>
    <message>
      <source>Choose your language:</source>
      <translation>请选择您的语言：</translation>
    </message>
    <message>
      <source>What do you want to file?</source>
      <translation>您想提交什么申请？</translation>
    </message>
    <message>
      <source>Check your application</source>
      <translation>核对您的申请</translation>
    </message>
    <message>
      <source>Read it with the staff. Go back to change anything before you sign.</source>
      <translation>请与工作人员一起阅读。签名前如需修改，请返回上一步。</translation>
    </message>
    <message>
      <source>Sign your application</source>
      <translation>签署您的申请</translation>
    </message>
    <message>
      <source>Type your full name. Your signature is your name between two slashes. The staff then signs the filing for the office; you need no key.</source>
      <translation>请输入您的全名。您的签名就是两条斜线之间的姓名。随后由工作人员为本局签署该申请；您无需任何密钥。</translation>
    </message>
    <message>
      <source>Your full name</source>
      <translation>您的全名</translation>
    </message>
    <message>
      <source>I have checked the application and it is correct.</source>
      <translation>我已核对申请，内容无误。</translation>
    </message>
    <message>
      <source>Your application is signed</source>
      <translation>您的申请已签署</translation>
    </message>
    <message>
      <source>The staff now sends it to the office and prints a summary for you, with the fee to pay and the number of your filing.</source>
      <translation>工作人员现在将其发送至本局，并为您打印一份摘要，其中包含应缴费用和您的申请编号。</translation>
    </message>
    <message>
      <source>Package id: {id}</source>
      <translation>文件包编号：{id}</translation>
    </message>
    <message>
      <source>In {language}</source>
      <translation>{language}版本</translation>
    </message>
    <message>
      <source>Keep this paper. Show it when you pay and when you ask about your application.</source>
      <translation>请保留此页。付款和查询申请时请出示。</translation>
    </message>
    <message>
      <source>The fee cannot be worked out yet: the staff will tell you what to pay.</source>
      <translation>暂时无法计算费用：工作人员会告诉您应付多少。</translation>
    </message>
    <message>
      <source>You have to pay {amount} in total.</source>
      <translation>您总共需要支付 {amount}。</translation>
    </message>
    <message>
      <source>this office</source>
      <translation>本局</translation>
    </message>
    <message>
      <source>You have to pay at least {amount}; the staff will tell you the rest.</source>
      <translation>您至少需要支付 {amount}；其余部分工作人员会告诉您。</translation>
    </message>
    <message>
      <source>How to pay at this office</source>
      <translation>在本局如何付款</translation>
    </message>
    <message>
      <source>Fees and how to pay</source>
      <translation>费用及付款方式</translation>
    </message>
    <message>
      <source>Your filing at {office}</source>
      <translation>您在{office}的申请</translation>
    </message>
    <message>
      <source>Package id</source>
      <translation>文件包编号</translation>
    </message>
    <message>
      <source>Start shift</source>
      <translation>开始当班</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>您的姓名</translation>
    </message>
    <message>
      <source>Counter key</source>
      <translation>窗口密钥</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>解锁</translation>
    </message>
    <message>
      <source>This counter has no signing key. Ask the administrator to create one.</source>
      <translation>本窗口没有签名密钥。请联系管理员创建。</translation>
    </message>
    <message>
      <source>Give your name and choose the counter's key.</source>
      <translation>请填写您的姓名并选择窗口密钥。</translation>
    </message>
    <message>
      <source>Filing Assistant — office counter</source>
      <translation>申请助手 — 受理窗口</translation>
    </message>
    <message>
      <source>Office counter</source>
      <translation>受理窗口</translation>
    </message>
    <message>
      <source>No shift started</source>
      <translation>尚未开始当班</translation>
    </message>
    <message>
      <source>Start shift…</source>
      <translation>开始当班…</translation>
    </message>
    <message>
      <source>Sign for the office</source>
      <translation>为本局签署</translation>
    </message>
    <message>
      <source>Finish and hand over</source>
      <translation>完成并移交</translation>
    </message>
    <message>
      <source>End session</source>
      <translation>结束本次服务</translation>
    </message>
    <message>
      <source>End shift</source>
      <translation>结束当班</translation>
    </message>
    <message>
      <source>A previous session could not be handed over</source>
      <translation>无法移交上一次服务</translation>
    </message>
    <message>
      <source>The application could not be signed</source>
      <translation>无法签署申请</translation>
    </message>
    <message>
      <source>Thank you. Your application is on its way to the office.</source>
      <translation>谢谢。您的申请正在发送至本局。</translation>
    </message>
    <message>
      <source>The application could not be queued</source>
      <translation>无法将申请加入待发送队列</translation>
    </message>
    <message>
      <source>Erase this filer's application from the counter now?</source>
      <translation>现在从本窗口抹除该申请人的申请吗？</translation>
    </message>
    <message>
      <source>Erase</source>
      <translation>抹除</translation>
    </message>
    <message>
      <source>The previous session was closed after a long pause.</source>
      <translation>上一次服务因长时间无操作已关闭。</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>上一步</translation>
    </message>
    <message>
      <source>Are you still there?</source>
      <translation>您还在吗？</translation>
    </message>
    <message>
      <source>I am still here</source>
      <translation>我还在</translation>
    </message>
    <message>
      <source>Continue anyway</source>
      <translation>仍然继续</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>下一步</translation>
    </message>
    <message>
      <source>Staff: {name}</source>
      <translation>工作人员：{name}</translation>
    </message>
    <message>
      <source>The summary could not be printed</source>
      <translation>无法打印摘要</translation>
    </message>
    <message>
      <source>This application will be erased in {n} seconds unless you touch the screen or press a key.</source>
      <translation>如果您不触摸屏幕或按键，此申请将在 {n} 秒后被抹除。</translation>
    </message>
    <message>
      <source>Step {n} of {total}</source>
      <translation>第 {n} 步，共 {total} 步</translation>
    </message>
    <message>
      <source>Not signed: {reason}</source>
      <translation>未签署：{reason}</translation>
    </message>
    <message>
      <source>The language of the application: English, French or Spanish, as this office allows.</source>
      <translation>申请所用语言：英文、法文或西班牙文，以本局允许的为准。</translation>
    </message>
    <message>
      <source>The office that holds your mark at home (the office that will send this application to WIPO).</source>
      <translation>您本国持有该商标的主管局（由其将本申请转交世界知识产权组织）。</translation>
    </message>
    <message>
      <source>Only if letters should go to another address than the one above.</source>
      <translation>仅当信函应寄往与上述不同的地址时填写。</translation>
    </message>
    <message>
      <source>WIPO writes by e-mail: give an address the owner reads.</source>
      <translation>世界知识产权组织通过电子邮件联系：请填写所有人常用的邮箱。</translation>
    </message>
    <message>
      <source>A telephone number with the country code, for example +20 2 1234 5678.</source>
      <translation>带国家代码的电话号码，例如 +86 10 1234 5678。</translation>
    </message>
    <message>
      <source>The language in which WIPO should write to the owner.</source>
      <translation>世界知识产权组织与所有人通信所用的语言。</translation>
    </message>
    <message>
      <source>Why the owner may use this system: nationality, home address, or a real business in the country of the office of origin.</source>
      <translation>所有人可使用本体系的依据：国籍、住所或在原属局所在国拥有真实营业所。</translation>
    </message>
    <message>
      <source>The country that gives that right.</source>
      <translation>赋予该权利的国家。</translation>
    </message>
    <message>
      <source>The representative's telephone number, with the country code.</source>
      <translation>代理人的电话号码（含国家代码）。</translation>
    </message>
    <message>
      <source>Whether your mark at home is still an application or already registered.</source>
      <translation>您在本国的商标仍是申请还是已经注册。</translation>
    </message>
    <message>
      <source>Its number, as on the papers from your office.</source>
      <translation>其编号，以主管局文件为准。</translation>
    </message>
    <message>
      <source>Its date, as on the same papers.</source>
      <translation>其日期，以同一文件为准。</translation>
    </message>
    <message>
      <source>Filled in by the program when the staff reads your mark's record; nothing to type.</source>
      <translation>工作人员读取您的商标记录时由程序填写；无需输入。</translation>
    </message>
    <message>
      <source>Only if the earlier filing covered some of the goods and services: which ones.</source>
      <translation>仅当在先申请只涵盖部分商品和服务时填写：具体哪些。</translation>
    </message>
    <message>
      <source>A picture of the mark exactly as in your mark at home.</source>
      <translation>与您本国商标完全一致的商标图样。</translation>
    </message>
    <message>
      <source>Tick this if the picture of the mark is in colour.</source>
      <translation>如商标图样为彩色，请勾选。</translation>
    </message>
    <message>
      <source>Name the colours, for example “red and white”.</source>
      <translation>写明颜色，例如“红色和白色”。</translation>
    </message>
    <message>
      <source>Where each colour appears in the mark, for example “red: the letters”.</source>
      <translation>每种颜色在商标中的位置，例如“红色：文字”。</translation>
    </message>
    <message>
      <source>Only for special marks (for example a sound, a shape, a collective mark). Usually empty.</source>
      <translation>仅适用于特殊商标（如声音、立体、集体商标）。通常留空。</translation>
    </message>
    <message>
      <source>Only if you want fewer goods or services in one country: that country.</source>
      <translation>仅当您希望在某国减少商品或服务时填写：该国。</translation>
    </message>
    <message>
      <source>The class whose list is shorter in that country.</source>
      <translation>在该国清单较短的类别。</translation>
    </message>
    <message>
      <source>The goods or services you keep in that country, one per line.</source>
      <translation>在该国保留的商品或服务，每行一项。</translation>
    </message>
    <message>
      <source>The countries where you want protection. The staff's list shows only those you can choose.</source>
      <translation>您希望获得保护的国家。列表中只显示可选的国家。</translation>
    </message>
    <message>
      <source>Only if the United States is chosen: tick this when the signed intention-to-use form is attached.</source>
      <translation>仅当选择美国时：附上已签署的使用意图声明表后请勾选。</translation>
    </message>
    <message>
      <source>Who signed that form.</source>
      <translation>该表格的签署人。</translation>
    </message>
    <message>
      <source>The signed form, scanned. The staff can attach it for you.</source>
      <translation>已签署表格的扫描件。工作人员可以帮您附上。</translation>
    </message>
    <message>
      <source>Filled in by the office's staff: the day this office received your request.</source>
      <translation>由本局工作人员填写：本局收到您请求的日期。</translation>
    </message>
    <message>
      <source>Filled in by the office's staff: the official who certifies the application.</source>
      <translation>由本局工作人员填写：核证申请的官员。</translation>
    </message>
    <message>
      <source>Only for payment from a WIPO current account: its number.</source>
      <translation>仅当从世界知识产权组织往来账户付款时填写：账号。</translation>
    </message>
    <message>
      <source>The total in Swiss francs, as shown under “Fees”.</source>
      <translation>以瑞士法郎计的总额，见“费用”部分。</translation>
    </message>
    <message>
      <source>International (PCT), to seek protection in many countries later, or national, in one country.</source>
      <translation>国际途径（PCT），以便日后在多个国家寻求保护；或国家途径，仅在一国。</translation>
    </message>
    <message>
      <source>The office that receives the application: usually the office of the country where you live or are a citizen.</source>
      <translation>受理申请的主管局：通常是您居住国或国籍国的主管局。</translation>
    </message>
    <message>
      <source>Your own reference, at most 12 characters. You may leave it empty.</source>
      <translation>您自己的编号，最多 12 个字符。可以留空。</translation>
    </message>
    <message>
      <source>A short, clear name for the invention, without brand names, for example “Solar water pump”.</source>
      <translation>简短清楚的发明名称，不含商标名，例如“太阳能水泵”。</translation>
    </message>
    <message>
      <source>The full name of the person or company applying for the patent.</source>
      <translation>申请专利的个人或公司的全名。</translation>
    </message>
    <message>
      <source>The country where the applicant lives or has its business.</source>
      <translation>申请人居住或营业所在的国家。</translation>
    </message>
    <message>
      <source>Tick this for a human being; leave it empty for a company.</source>
      <translation>自然人请勾选；公司请留空。</translation>
    </message>
    <message>
      <source>Tick this if this applicant also made the invention.</source>
      <translation>如该申请人也是发明人，请勾选。</translation>
    </message>
    <message>
      <source>For which countries this person applies. Usually all.</source>
      <translation>该人作为申请人所针对的国家。通常为全部。</translation>
    </message>
    <message>
      <source>The name of each person who made the invention, if not already an applicant.</source>
      <translation>每位发明人的姓名（如尚未作为申请人列出）。</translation>
    </message>
    <message>
      <source>The inventor's postal address.</source>
      <translation>发明人的邮寄地址。</translation>
    </message>
    <message>
      <source>The country of the inventor's address.</source>
      <translation>发明人地址所在的国家。</translation>
    </message>
    <message>
      <source>Only if someone acts for the applicant: whether they are a registered agent or a common representative.</source>
      <translation>仅当有人代表申请人时填写：注册代理人还是共同代表。</translation>
    </message>
    <message>
      <source>The agent's number at this office, if they have one.</source>
      <translation>代理人在本局的编号（如有）。</translation>
    </message>
    <message>
      <source>Normally ticked: the application then covers every PCT country.</source>
      <translation>通常勾选：申请将涵盖所有 PCT 缔约国。</translation>
    </message>
    <message>
      <source>Countries you do not want, one per line. Usually empty.</source>
      <translation>您不需要的国家，每行一个。通常留空。</translation>
    </message>
    <message>
      <source>Only for a national application: the office of the country.</source>
      <translation>仅限国家申请：该国的主管局。</translation>
    </message>
    <message>
      <source>Only if you filed the same invention elsewhere in the last twelve months: the office where you did.</source>
      <translation>仅当您在过去十二个月内在其他地方申请过同一发明时填写：该申请的主管局。</translation>
    </message>
    <message>
      <source>Whether that earlier filing was national, regional or international.</source>
      <translation>该在先申请是国家、地区还是国际申请。</translation>
    </message>
    <message>
      <source>The office that searches for earlier similar inventions. The staff tells you which ones this office accepts.</source>
      <translation>检索在先相似发明的主管局。工作人员会告诉您本局接受哪些。</translation>
    </message>
    <message>
      <source>Legal statements some countries ask for. Leave them empty unless the staff says otherwise.</source>
      <translation>部分国家要求的法律声明。除非工作人员另有说明，请留空。</translation>
    </message>
    <message>
      <source>How many pages each part has. The staff counts them with you.</source>
      <translation>每部分的页数。工作人员会与您一起清点。</translation>
    </message>
    <message>
      <source>Only if an agent acts for you: the signed authorisation, scanned.</source>
      <translation>仅当有代理人代表您时：已签署委托书的扫描件。</translation>
    </message>
    <message>
      <source>The number of the drawing that best shows the invention.</source>
      <translation>最能体现发明的附图编号。</translation>
    </message>
    <message>
      <source>In one sentence: the area of technology, for example “water pumps”.</source>
      <translation>一句话说明技术领域，例如“水泵”。</translation>
    </message>
    <message>
      <source>What exists already and what problem remains.</source>
      <translation>现有技术以及尚存的问题。</translation>
    </message>
    <message>
      <source>How the invention works, in enough detail for an expert to make it.</source>
      <translation>发明如何运作，详细到专业人员能够实施。</translation>
    </message>
    <message>
      <source>One line per drawing: what it shows.</source>
      <translation>每幅附图一行：说明其内容。</translation>
    </message>
    <message>
      <source>Claims are numbered 1, 2, 3…</source>
      <translation>权利要求按 1、2、3…编号。</translation>
    </message>
    <message>
      <source>What exactly you want protected, in one sentence per claim.</source>
      <translation>您确切要保护的内容，每项权利要求一句话。</translation>
    </message>
    <message>
      <source>A short summary of the invention, about 50 to 150 words.</source>
      <translation>发明的简短摘要，约 50 至 150 词。</translation>
    </message>
    <message>
      <source>A drawing of the invention. The staff can scan it for you.</source>
      <translation>发明的附图。工作人员可以帮您扫描。</translation>
    </message>
    <message>
      <source>Its label, for example “Fig. 1”.</source>
      <translation>其标注，例如“图 1”。</translation>
    </message>
    <message>
      <source>Only for inventions involving DNA or proteins: the sequence file. Usually empty.</source>
      <translation>仅适用于涉及 DNA 或蛋白质的发明：序列文件。通常留空。</translation>
    </message>
    <message>
      <source>Patent classification codes if you know them. You may leave it empty.</source>
      <translation>如您知道，填写专利分类号。可以留空。</translation>
    </message>
    <message>
      <source>The staff chooses this: filing electronically lowers the fee.</source>
      <translation>由工作人员选择：电子提交可减少费用。</translation>
    </message>
    <message>
      <source>{n} required answers not shown yet: they appear when you leave their section or press Check.</source>
      <translation>还有 {n} 个必填项尚未显示：离开其所在部分或按“检查”时会显示。</translation>
    </message>
    <!-- lead: counter help for the MM2 v2 and PCT fields added by the examiner branch -->
    <message>
      <source>Only if you chose the European Union: a second language of the EU trademark office, different from the language of this application.</source>
      <translation>仅当您选择了欧洲联盟时填写：欧盟商标局的第二种语言，须不同于本申请的语言。</translation>
    </message>
    <message>
      <source>Only if the owner's address above is in another country: the address of the owner's home or business in this office's country.</source>
      <translation>仅当上面的所有人地址位于其他国家时填写：所有人在本局所在国的住所或营业所地址。</translation>
    </message>
    <message>
      <source>Which owner this is about: 1 for the first owner listed, 2 for the second, and so on.</source>
      <translation>所指的所有人：1 表示列出的第一个所有人，2 表示第二个，依此类推。</translation>
    </message>
    <message>
      <source>Tick only if the mark is a colour or a combination of colours alone, with no words or drawing.</source>
      <translation>仅当商标仅由一种颜色或颜色组合构成、没有文字或图形时勾选。</translation>
    </message>
    <message>
      <source>Only for a mark of an association (collective) or one that certifies quality (certification or guarantee). Usually empty.</source>
      <translation>仅适用于协会的商标（集体商标）或证明质量的商标（证明商标或保证商标）。通常留空。</translation>
    </message>
    <message>
      <source>Tick if the words of the mark have no meaning that could be translated, for example an invented word.</source>
      <translation>如果商标文字没有可翻译的含义（例如臆造词），请勾选。</translation>
    </message>
    <message>
      <source>Only for an unusual mark such as a hologram, a motion or a position mark; describe it in the description of the mark.</source>
      <translation>仅适用于全息图、动态或位置商标等特殊商标；请在商标说明中加以描述。</translation>
    </message>
    <message>
      <source>Tick only if the mark is a sound, such as a tune or a jingle.</source>
      <translation>仅当商标是声音（例如一段曲调或广告音乐）时勾选。</translation>
    </message>
    <message>
      <source>Tick only if the mark is a shape, such as a bottle or a package.</source>
      <translation>仅当商标是一种形状（例如瓶子或包装）时勾选。</translation>
    </message>
    <message>
      <source>The date the earlier mark was registered, as on its registration certificate.</source>
      <translation>在先商标的注册日期，以其注册证书所载为准。</translation>
    </message>
    <message>
      <source>The date the earlier mark was applied for, as on its registration certificate.</source>
      <translation>在先商标的申请日期，以其注册证书所载为准。</translation>
    </message>
    <message>
      <source>The registration number of the earlier mark, copied from its certificate.</source>
      <translation>在先商标的注册号，照其证书抄写。</translation>
    </message>
    <message>
      <source>Only if the earlier mark covers just some of the goods and services of this application: list those.</source>
      <translation>仅当在先商标只涵盖本申请的部分商品和服务时填写：列出这些商品和服务。</translation>
    </message>
    <message>
      <source>The European Union country where the earlier mark is registered.</source>
      <translation>在先商标注册所在的欧洲联盟国家。</translation>
    </message>
    <message>
      <source>If the earlier application is in WIPO's digital library (DAS), its access code, so the document need not be sent on paper.</source>
      <translation>如果在先申请已在产权组织数字查询服务（DAS）中，请填写其查询码，这样无需邮寄纸件。</translation>
    </message>
    <message>
      <source>Only if the searching office does not work in the language of your application: the language you will translate it into.</source>
      <translation>仅当检索单位不使用您申请的语言时填写：您将译成的语言。</translation>
    </message>
    <message>
      <source>Goes to:</source>
      <translation>发送至：</translation>
    </message>
    <message>
      <source>Already in the outbox or filed</source>
      <translation>已在发件箱中或已提交</translation>
    </message>
    <message>
      <source>No office is set up: the signed package stays here. Add the office in Settings, then put it in the outbox from the draft.</source>
      <translation>尚未设置任何局：已签名的文件包保留在此处。请在“设置”中添加该局，然后从草稿将其放入发件箱。</translation>
    </message>
    <message>
      <source>This revision was already signed as package {package}, which is in the outbox or filed. Signing it again gives a second application, with its own number and fees. Sign and file it again?</source>
      <translation>此修订版已签名为文件包 {package}，该文件包在发件箱中或已提交。再次签名将产生第二份申请，有其自己的编号和费用。是否再次签名并提交？</translation>
    </message>
    <message>
      <source>Not signed: this revision is already filed or queued.</source>
      <translation>未签名：此修订版已提交或已在队列中。</translation>
    </message>
    <message>
      <source>The response goes to the office that sent the notice ({office}).</source>
      <translation>答复将发送至发出通知的局（{office}）。</translation>
    </message>
    <message>
      <source>Sent to this office when it is reachable; it files it for {code}.</source>
      <translation>在该局可连接时发送至该局；由其为 {code} 提交。</translation>
    </message>
    <message>
      <source>No office set up here receives this kind of application for {code}: the signed package stays here until you add one (Settings), then put it in the outbox from the draft.</source>
      <translation>此处设置的局均不受理 {code} 的此类申请：已签名的文件包保留在此处，直至您添加一个局（设置），然后从草稿将其放入发件箱。</translation>
    </message>
    <message>
      <source>Sending failed; it is tried again later.</source>
      <translation>发送失败；稍后将重试。</translation>
    </message>
    <message>
      <source>The office's certificate could not be checked.</source>
      <translation>无法验证该局的证书。</translation>
    </message>
    <message>
      <source>The office did not answer in time.</source>
      <translation>该局未及时响应。</translation>
    </message>
    <message>
      <source>The office could not be reached.</source>
      <translation>无法连接到该局。</translation>
    </message>
    <message>
      <source>The office was busy.</source>
      <translation>该局繁忙。</translation>
    </message>
    <message>
      <source>It is tried again later.</source>
      <translation>稍后将重试。</translation>
    </message>
    <message>
      <source>No office is set up, so nothing can be sent. Add the office in Settings (Offices tab); signed packages wait here until then.</source>
      <translation>尚未设置任何局，因此无法发送任何内容。请在“设置”（“局”选项卡）中添加该局；在此之前，已签名的文件包在此等待。</translation>
    </message>
    <message>
      <source>Last attempt at {time}</source>
      <translation>上次尝试时间：{time}</translation>
    </message>
    <message>
      <source>No office set up</source>
      <translation>未设置局</translation>
    </message>
    <message>
      <source>Not in the outbox: it is not sent until you put it there.</source>
      <translation>不在发件箱中：在您将其放入之前不会发送。</translation>
    </message>
    <message>
      <source>Editing makes a new revision, which must be signed again.</source>
      <translation>编辑会产生新的修订版，需要重新签名。</translation>
    </message>
    <message>
      <source>Signed on {date} (revision {n}).</source>
      <translation>签名于 {date}（修订版 {n}）。</translation>
    </message>
    <message>
      <source>Put in the outbox…</source>
      <translation>放入发件箱…</translation>
    </message>
    <message>
      <source>Put in the outbox</source>
      <translation>放入发件箱</translation>
    </message>
    <message>
      <source>Office:</source>
      <translation>局：</translation>
    </message>
    <message>
      <source>Filed with {office}.</source>
      <translation>已向 {office} 提交。</translation>
    </message>
    <message>
      <source>Refused by {office}.</source>
      <translation>被 {office} 拒绝。</translation>
    </message>
    <message>
      <source>In the outbox for {office}.</source>
      <translation>在发件箱中，发往 {office}。</translation>
    </message>
    <message>
      <source>Send to another office…</source>
      <translation>发送至其他局…</translation>
    </message>
    <message>
      <source>No office receives it</source>
      <translation>没有局受理</translation>
    </message>
    <message>
      <source>No office set up here receives this application (its kind, for the office it names). Add that office in Settings, then try again.</source>
      <translation>此处设置的局均不受理此申请（其类型，针对其指明的局）。请在“设置”中添加该局，然后重试。</translation>
    </message>
    <message>
      <source>Edited since: the changes are revision {n}, which is not signed; sign it again to file them.</source>
      <translation>此后已编辑：这些更改为修订版 {n}，尚未签名；请重新签名以提交这些更改。</translation>
    </message>
    <message>
      <source>The total declared ({declared}) differs from the fees computed: {total} (fees valid as of {valid_as_of}).</source>
      <translation>申报的总额（{declared}）与计算的费用不符：{total}（费用截至 {valid_as_of} 有效）。</translation>
    </message>
    <message>
      <source>Expected an amount, such as 4394.00.</source>
      <translation>应为金额，例如 4394.00。</translation>
    </message>
    <message>
      <source>Enter the total of the fee calculation: {total} (fees valid as of {valid_as_of}).</source>
      <translation>请输入费用计算的总额：{total}（费用截至 {valid_as_of} 有效）。</translation>
    </message>
    <message>
      <source>Not an amount (got {text}).</source>
      <translation>不是金额（收到 {text}）。</translation>
    </message>
    <message>
      <source>An amount with a point before the decimals, e.g. 4394.00.</source>
      <translation>金额，小数部分前用小数点，例如 4394.00。</translation>
    </message>
    <message>
      <source>{sheets} sheets: the fee per sheet is due for the {extra} sheets beyond {free} ({amount}).</source>
      <translation>{sheets} 页：超出 {free} 页的 {extra} 页须缴纳每页费用（{amount}）。</translation>
    </message>
    <message>
      <source>That office does not receive this kind of application for the office the application names: add the office that does, or correct the application.</source>
      <translation>该局不受理申请所指明之局的此类申请：请添加受理该申请的局，或更正申请。</translation>
    </message>
    <message>
      <source>This revision is already in the outbox or filed.</source>
      <translation>此修订版已在发件箱中或已提交。</translation>
    </message>
    <message>
      <source>Checking rows</source>
      <translation>正在检查各行</translation>
    </message>
    <message>
      <source>Importing rows</source>
      <translation>正在导入各行</translation>
    </message>
    <message>
      <source>Signing</source>
      <translation>正在签名</translation>
    </message>
    <message>
      <source>Queuing</source>
      <translation>正在加入发件箱</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>行</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>规则</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>消息</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>错误</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>警告</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>提示</translation>
    </message>
    <message>
      <source>Import applications from a spreadsheet</source>
      <translation>从电子表格导入申请</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>1. Choose the spreadsheet</source>
      <translation>1. 选择电子表格</translation>
    </message>
    <message>
      <source>One row per application, as in the template ('filingassist template'). CSV and XLSX files are read; formulas are refused.</source>
      <translation>每个申请一行，与模板（“filingassist template”）相同。可读取 CSV 和 XLSX 文件；不接受公式。</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <source>Kind of application:</source>
      <translation>申请类型：</translation>
    </message>
    <message>
      <source>Spreadsheet:</source>
      <translation>电子表格：</translation>
    </message>
    <message>
      <source>2. Match the columns</source>
      <translation>2. 对应各列</translation>
    </message>
    <message>
      <source>These columns of the sheet are not in the template. Choose the template column each one holds, or ignore it.</source>
      <translation>工作表中的这些列不在模板中。请为每一列选择对应的模板列，或忽略该列。</translation>
    </message>
    <message>
      <source>3. Report</source>
      <translation>3. 报告</translation>
    </message>
    <message>
      <source>Save the report…</source>
      <translation>保存报告…</translation>
    </message>
    <message>
      <source>4. Sign</source>
      <translation>4. 签名</translation>
    </message>
    <message>
      <source>Signing key:</source>
      <translation>签名密钥：</translation>
    </message>
    <message>
      <source>5. Put in the outbox</source>
      <translation>5. 放入发件箱</translation>
    </message>
    <message>
      <source>Send to:</source>
      <translation>发送至：</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <source>Check the sheet</source>
      <translation>检查工作表</translation>
    </message>
    <message>
      <source>Import the valid rows</source>
      <translation>导入有效的行</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Choose the spreadsheet</source>
      <translation>选择电子表格</translation>
    </message>
    <message>
      <source>Spreadsheets (*.csv *.xlsx)</source>
      <translation>电子表格 (*.csv *.xlsx)</translation>
    </message>
    <message>
      <source>Stopped.</source>
      <translation>已停止。</translation>
    </message>
    <message>
      <source>Save the report</source>
      <translation>保存报告</translation>
    </message>
    <message>
      <source>Column in the sheet</source>
      <translation>工作表中的列</translation>
    </message>
    <message>
      <source>Template column</source>
      <translation>模板列</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>停止</translation>
    </message>
    <message>
      <source>Stopping…</source>
      <translation>正在停止…</translation>
    </message>
    <message>
      <source>(ignore this column)</source>
      <translation>（忽略此列）</translation>
    </message>
    <message>
      <source>No row can be imported: correct the sheet and check it again.</source>
      <translation>没有可导入的行：请更正工作表后重新检查。</translation>
    </message>
    <message>
      <source>Import stopped: nothing was imported.</source>
      <translation>导入已停止：未导入任何内容。</translation>
    </message>
    <message>
      <source>There is no signing key yet: create one in the sign dialog of any draft.</source>
      <translation>还没有签名密钥：请在任一草稿的签名对话框中创建。</translation>
    </message>
    <message>
      <source>Packages signed: {n}.</source>
      <translation>已签名的文件包：{n}。</translation>
    </message>
    <message>
      <source>No office is set up: add one in Settings, then put the packages in the outbox.</source>
      <translation>尚未设置任何局：请在“设置”中添加，然后将文件包放入发件箱。</translation>
    </message>
    <message>
      <source>Stopped: run the step again to queue the rest.</source>
      <translation>已停止：再次执行此步骤以将其余部分加入发件箱。</translation>
    </message>
    <message>
      <source>Rows read: {rows}. Ready to import: {ready}. With errors: {invalid}. Imported before: {already}.</source>
      <translation>已读取行数：{rows}。可导入：{ready}。有错误：{invalid}。之前已导入：{already}。</translation>
    </message>
    <message>
      <source>Applications imported: {n}. Sign them with one key to make their packages.</source>
      <translation>已导入申请：{n}。请用一个密钥为其签名以生成文件包。</translation>
    </message>
    <message>
      <source>Imported: {imported}. Signed: {signed}. In the outbox: {queued}. They are sent with the next sync (or Send now in the Outbox).</source>
      <translation>已导入：{imported}。已签名：{signed}。在发件箱中：{queued}。将在下次同步时发送（或在发件箱中点击“立即发送”）。</translation>
    </message>
    <message>
      <source>Template column for {column}</source>
      <translation>{column} 对应的模板列</translation>
    </message>
    <message>
      <source>Signing stopped: {n} packages signed are kept.</source>
      <translation>签名已停止：已签名的文件包（{n}）已保留。</translation>
    </message>
    <message>
      <source>Not signed (errors): {n}.</source>
      <translation>未签名（有错误）：{n}。</translation>
    </message>
    <message>
      <source>Import applications from a spreadsheet…</source>
      <translation>从电子表格导入申请…</translation>
    </message>
    <message>
      <source>Waiting to be sent</source>
      <translation>等待发送</translation>
    </message>
    <message>
      <source>Refused by the office</source>
      <translation>被局拒绝</translation>
    </message>
    <message>
      <source>(no mark or title)</source>
      <translation>（无商标或名称）</translation>
    </message>
    <message>
      <source>Mark or title</source>
      <translation>商标或名称</translation>
    </message>
    <message>
      <source>Transfer rate</source>
      <translation>传输速率</translation>
    </message>
    <message>
      <source>Next attempt</source>
      <translation>下次尝试</translation>
    </message>
    <message>
      <source>Queued at</source>
      <translation>加入发件箱时间</translation>
    </message>
    <message>
      <source>Respond…</source>
      <translation>答复…</translation>
    </message>
    <message>
      <source>Start the response to the selected notice</source>
      <translation>开始答复所选通知</translation>
    </message>
    <message>
      <source>Package {package}</source>
      <translation>文件包 {package}</translation>
    </message>
    <message>
      <source>Packages waiting to be sent or receipted: {n}</source>
      <translation>等待发送或回执的文件包：{n}</translation>
    </message>
    <message>
      <source>Response: {title}</source>
      <translation>答复：{title}</translation>
    </message>
    <!-- branch: formupgrade -->
    <message>
      <source>Moved</source>
      <translation>已移动</translation>
    </message>
    <message>
      <source>Converted</source>
      <translation>已转换</translation>
    </message>
    <message>
      <source>Given a default</source>
      <translation>已设默认值</translation>
    </message>
    <message>
      <source>New field, empty</source>
      <translation>新字段（空）</translation>
    </message>
    <message>
      <source>Meaning changed</source>
      <translation>含义已变</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>已删除</translation>
    </message>
    <message>
      <source>Not carried over</source>
      <translation>未能转入</translation>
    </message>
    <message>
      <source>This draft is not upgraded: its current revision is signed, and upgrading would make the draft differ from the signed package. Edit the draft (or file the package as it is), then upgrade.</source>
      <translation>此草稿未升级：其当前修订版已签名，升级会使草稿与已签名的文件包不一致。请先编辑草稿（或按原样提交文件包），然后再升级。</translation>
    </message>
    <message>
      <source>This draft already uses the newest version of the form.</source>
      <translation>此草稿已使用最新版本的表格。</translation>
    </message>
    <message>
      <source>Upgrade the form</source>
      <translation>升级表格</translation>
    </message>
    <message>
      <source>Upgrading saves this draft with version {new} of the form as a new revision; the revision made with version {old} stays in the history.</source>
      <translation>升级会以第 {new} 版表格将此草稿另存为新修订版；用第 {old} 版制作的修订版保留在历史记录中。</translation>
    </message>
    <message>
      <source>The draft now uses version {new} of the form (revision {n}).</source>
      <translation>草稿现已使用第 {new} 版表格（修订版 {n}）。</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>变更</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>之前</translation>
    </message>
    <message>
      <source>After</source>
      <translation>之后</translation>
    </message>
    <message>
      <source>Upgrade to version {new} of the form</source>
      <translation>升级到第 {new} 版表格</translation>
    </message>
    <message>
      <source>This draft uses an older version of the form (v{old}).</source>
      <translation>此草稿使用的是旧版表格（v{old}）。</translation>
    </message>
    <message>
      <source>Upgrade to v{new}</source>
      <translation>升级到 v{new}</translation>
    </message>
    <message>
      <source>Version 2 has one date of the application: the date on which the Office of origin received it (item 13).</source>
      <translation>第 2 版只有一个申请日期：原属局收到申请的日期（第 13 项）。</translation>
    </message>
    <message>
      <source>Version 2 records the type of mark as several indications (item 9), and colour per se in item 7.</source>
      <translation>第 2 版将商标类型记录为多项说明（第 9 项），并将颜色本身记录在第 7 项。</translation>
    </message>
    <message>
      <source>Version 2 has no type “other”: describe the mark in the description of the mark (item 9).</source>
      <translation>第 2 版没有“其他”类型：请在商标说明中描述该商标（第 9 项）。</translation>
    </message>
    <message>
      <source>Version 2 gives the entitlement of each applicant: the grounds are now given for the first applicant. Check them, and add the grounds of any other applicant.</source>
      <translation>第 2 版按每个申请人填写申请资格：现已将各项依据记在第一个申请人名下。请核对，并为其他申请人补充依据。</translation>
    </message>
    <message>
      <source>Version 2 asks whether the mark is a collective, certification or guarantee mark: the draft did not say, so it is an individual mark.</source>
      <translation>第 2 版询问该商标是否为集体商标、证明商标或保证商标：草稿未说明，因此为普通商标。</translation>
    </message>
    <message>
      <source>New indication of version 2 (item 9), not set.</source>
      <translation>第 2 版新增的说明（第 9 项），未勾选。</translation>
    </message>
    <message>
      <source>New indication of version 2 (item 7), not set.</source>
      <translation>第 2 版新增的说明（第 7 项），未勾选。</translation>
    </message>
    <message>
      <source>New in version 2 (item 3(b)): where an applicant's address is outside the Contracting Party of a ground of domicile or establishment, give the address there.</source>
      <translation>第 2 版新增（第 3(b) 项）：如申请人的地址不在住所或营业所依据所指缔约方境内，请填写在该境内的地址。</translation>
    </message>
    <message>
      <source>New in version 2: when the European Union is designated, choose the second language.</source>
      <translation>第 2 版新增：指定欧洲联盟时，请选择第二语言。</translation>
    </message>
    <message>
      <source>New in version 2: seniority claims for the European Union (form MM17).</source>
      <translation>第 2 版新增：欧洲联盟的在先权利主张（MM17 表格）。</translation>
    </message>
    <message>
      <source>The date of receipt (item 13) is now the date of the application: priority periods count from it, and it is sent to the International Bureau.</source>
      <translation>收到日期（第 13 项）现为申请日期：优先权期限自该日起算，并发送给国际局。</translation>
    </message>
    <message>
      <source>The goods of a partial priority are now sent as the priority's goods and services, no longer as a comment.</source>
      <translation>部分优先权的商品现作为该优先权的商品和服务发送，不再作为备注发送。</translation>
    </message>
    <message>
      <source>Each ground of entitlement is now sent under the applicant it belongs to.</source>
      <translation>每项申请资格依据现发送在其所属的申请人名下。</translation>
    </message>
    <message numerus="yes">
      <source>%n item(s)</source>
      <translation>
        <numerusform>%n 项</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n value(s) cannot be carried over: give them again.</source>
      <translation>
        <numerusform>%n 个值无法转入：请重新填写。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>After the upgrade, the draft has %n error(s) to fix.</source>
      <translation>
        <numerusform>升级后，草稿有 %n 个错误需要更正。</numerusform>
      </translation>
    </message>
    <message>
      <source>{kind} (older form, v{old})</source>
      <translation>{kind}（旧版表格，v{old}）</translation>
    </message>
    <message>
      <source>Type the key's passphrase.</source>
      <translation>请输入密钥的口令。</translation>
    </message>
    <message>
      <source>Remember for this session</source>
      <translation>在本次会话中记住</translation>
    </message>
    <message>
      <source>Keep the passphrase (in the system keyring when there is one, else only in memory) until you quit, choose “Lock keys now”, or do not sign for the time set in Settings.</source>
      <translation>保留口令（有系统密钥环时存于其中，否则仅存于内存），直到您退出、选择“立即锁定密钥”，或在设置中规定的时间内未进行签名。</translation>
    </message>
    <message>
      <source>Remembered for this session</source>
      <translation>已在本次会话中记住</translation>
    </message>
    <message>
      <source>Delete key…</source>
      <translation>删除密钥…</translation>
    </message>
    <message>
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <source>Forget remembered passphrases after</source>
      <translation>多久未使用后忘记已记住的口令</translation>
    </message>
    <message>
      <source>A passphrase remembered for the session is forgotten when it has not been used for this long, when you quit, and with “Lock keys now”.</source>
      <translation>在本次会话中记住的口令，如在此时长内未被使用、您退出程序或选择“立即锁定密钥”时，将被忘记。</translation>
    </message>
    <message>
      <source>Delete key</source>
      <translation>删除密钥</translation>
    </message>
    <message>
      <source>Choose the key to delete.</source>
      <translation>请选择要删除的密钥。</translation>
    </message>
    <message>
      <source>Key deleted.</source>
      <translation>已删除密钥。</translation>
    </message>
    <message>
      <source>Delete the key {name}? It cannot be undone: you cannot sign with it any more. Packages it signed stay valid.</source>
      <translation>删除密钥 {name}？此操作无法撤销：您将无法再用它签名。用它签名的文件包仍然有效。</translation>
    </message>
    <message>
      <source>The passphrase does not open the key: type it again (a passphrase remembered for this session has been forgotten).</source>
      <translation>口令无法打开密钥：请重新输入（本次会话中记住的口令已被忘记）。</translation>
    </message>
    <message>
      <source>Lock keys now</source>
      <translation>立即锁定密钥</translation>
    </message>
    <message>
      <source>Keys locked: every remembered passphrase is forgotten.</source>
      <translation>密钥已锁定：所有记住的口令均已忘记。</translation>
    </message>
    <message>
      <source>Not deleted.</source>
      <translation>未删除。</translation>
    </message>
    <message>
      <source>Deleted key {name}.</source>
      <translation>已删除密钥 {name}。</translation>
    </message>
    <message>
      <source>Delete key {name}? It cannot be undone. [y/N] </source>
      <translation>删除密钥 {name}？此操作无法撤销。[y/N] </translation>
    </message>
    <message>
      <source>Filter: mark or title, applicant, reference, office, number</source>
      <translation>筛选：商标或名称、申请人、参考号、主管局、编号</translation>
    </message>
    <message>
      <source>Filter the list</source>
      <translation>筛选列表</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s): older than a year, check for an update</source>
      <translation>
        <numerusform>%n 天：已超过一年，请检查更新</numerusform>
      </translation>
    </message>
    <message>
      <source>{amount} per class</source>
      <translation>每个类别 {amount}</translation>
    </message>
    <message>
      <source>{amount} whatever the number of classes</source>
      <translation>{amount}，不论类别数目多少</translation>
    </message>
    <message>
      <source>{first} for one class, {further} per further class</source>
      <translation>一个类别 {first}，每增加一个类别 {further}</translation>
    </message>
    <message>
      <source>{amount} (complementary fee)</source>
      <translation>{amount}（补充规费）</translation>
    </message>
    <message numerus="yes">
      <source>{amount} for up to %n class(es), {further} per further class</source>
      <translation>
        <numerusform>{amount}（最多 %n 个类别），每增加一个类别 {further}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{amounts} for the first %n classes, {further} per further class</source>
      <translation>
        <numerusform>前 %n 个类别 {amounts}，每增加一个类别 {further}</numerusform>
      </translation>
    </message>
    <message>
      <source>Details: where each figure comes from</source>
      <translation>详情：每项金额的来源</translation>
    </message>
    <message numerus="yes">
      <source>%n fee figure(s) to be confirmed: check them at the source before paying</source>
      <translation>
        <numerusform>%n 项规费金额待确认：付款前请核对来源</numerusform>
      </translation>
    </message>
    <message>
      <source>Receipts received</source>
      <translation>已收到多份回执</translation>
    </message>
    <message>
      <source>{what} was filed with {office}: application number {number}.</source>
      <translation>{what} 已向 {office} 提交：申请号 {number}。</translation>
    </message>
    <message numerus="yes">
      <source>%n application(s) filed: the receipts are in Receipts.</source>
      <translation>
        <numerusform>已提交 %n 件申请：回执见“回执”。</numerusform>
      </translation>
    </message>
    <message>
      <source>Fee table {version}, in effect from {effective}, read {date} ({age}); review by {review}</source>
      <translation>费用表 {version}，自 {effective} 起生效，读取于 {date}（{age}）；复核期限 {review}</translation>
    </message>
    <message>
      <source>Fee data: {table} read {date} ({age}), review by {review}</source>
      <translation>费用数据：{table} 读取于 {date}（{age}），复核期限 {review}</translation>
    </message>
    <message>
      <source>Warning: {table} is past its review date {review} ({age}): check the fees before paying</source>
      <translation>警告：{table} 已超过复核期限 {review}（{age}）：付款前请核对费用</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) old</source>
      <translation>
        <numerusform>%n 天前</numerusform>
      </translation>
    </message>
    <message>
      <source>No problems found. This revision is signed.</source>
      <translation>未发现问题。此修订版已签署。</translation>
    </message>
    <message>
      <source>Fee table {version}, in effect from {effective}, read {date}; review by {review}</source>
      <translation>费用表 {version}，自 {effective} 起生效，读取于 {date}；复核期限 {review}</translation>
    </message>
    <message>
      <source>The printer could not be started.</source>
      <translation>无法启动打印机。</translation>
    </message>
    <message>
      <source>The application is queued for the office. Press “Finish and hand over” to print again, or “End session” to erase it without a printout.</source>
      <translation>申请已排队等待发送至本局。按“完成并移交”重新打印，或按“结束本次服务”在不打印的情况下将其清除。</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>币种</translation>
    </message>
    <message>
      <source>Packages</source>
      <translation>文件包</translation>
    </message>
    <message>
      <source>Quotes incomplete</source>
      <translation>报价不完整</translation>
    </message>
    <message>
      <source>Fee totals</source>
      <translation>费用合计</translation>
    </message>
    <message>
      <source>Write a template…</source>
      <translation>写入模板…</translation>
    </message>
    <message>
      <source>A sheet with one column per field of the form, titles and an example row.</source>
      <translation>每个表单字段一列的表格，含标题和一行示例。</translation>
    </message>
    <message>
      <source>Write a template</source>
      <translation>写入模板</translation>
    </message>
    <message>
      <source>All clients</source>
      <translation>所有客户</translation>
    </message>
    <message>
      <source>(no client reference)</source>
      <translation>（无客户参考号）</translation>
    </message>
    <message>
      <source>Template written: {path} ({n} columns). Fill in one row per application.</source>
      <translation>模板已写入：{path}（{n} 列）。每个申请填写一行。</translation>
    </message>
    <message>
      <source>Only where the ISA does not search in the language of filing (Rule 12.3): a translation into this language is furnished.</source>
      <translation>仅当国际检索单位不以申请语言进行检索时（细则12.3）：须提交该语言的译文。</translation>
    </message>
    <message>
      <source>Reproduction in colour</source>
      <translation>彩色图样</translation>
    </message>
    <message>
      <source>No reproduction in colour</source>
      <translation>非彩色图样</translation>
    </message>
    <message>
      <source>{percent}% of {amount} ({colour}): the Office of origin, {party}, is a least developed country</source>
      <translation>{amount}的{percent}%（{colour}）：原属局{party}为最不发达国家</translation>
    </message>
    <message>
      <source>Classes beyond {free}: {count}</source>
      <translation>超出{free}个的类别：{count}</translation>
    </message>
    <message>
      <source>Designated parties without an individual fee: {parties}</source>
      <translation>无单独规费的被指定缔约方：{parties}</translation>
    </message>
    <message>
      <source>Classes: {count}</source>
      <translation>类别数：{count}</translation>
    </message>
    <message>
      <source>In effect from {date}</source>
      <translation>自{date}起生效</translation>
    </message>
    <message>
      <source>First part (the second is paid later): {basis}</source>
      <translation>第一部分（第二部分以后缴纳）：{basis}</translation>
    </message>
    <message>
      <source>Search by {authority}</source>
      <translation>由{authority}检索</translation>
    </message>
    <message>
      <source>Search by {authority}, amount as charged at RO/IB</source>
      <translation>由{authority}检索，按RO/IB收取的金额</translation>
    </message>
    <message>
      <source>Set by the receiving Office {office}</source>
      <translation>由受理局{office}确定</translation>
    </message>
    <message>
      <source>Waived for applicants eligible under item 5</source>
      <translation>符合第5项条件的申请人免缴</translation>
    </message>
    <message>
      <source>Sheets included: {free}</source>
      <translation>包含页数：{free}</translation>
    </message>
    <message>
      <source>Sheets beyond {free}: {count} × {unit}</source>
      <translation>超出{free}页的页数：{count} × {unit}</translation>
    </message>
    <message>
      <source>Electronic filing: {kind}</source>
      <translation>电子提交：{kind}</translation>
    </message>
    <message>
      <source>{percent}% of {amount} (after the e-filing reduction), Schedule of Fees item 5</source>
      <translation>{amount}的{percent}%（扣除电子提交减免后），收费表第5项</translation>
    </message>
    <message>
      <source>Classes: {count} × {unit}</source>
      <translation>类别数：{count} × {unit}</translation>
    </message>
    <message>
      <source>Two-letter language code (ISO 639-1), e.g. en.</source>
      <translation>两个字母的语言代码（ISO 639-1），例如 en。</translation>
    </message>
  </context>
</TS>
