# Sayso — Tiếng Việt (Vietnamese): the words of the young people's pages,
# the well-being survey and the email a young person gets.
# Written by: the Sayso team, in plain, warm Vietnamese for children, from the
#   English in app/locales/en/. Talks to the child as "bạn" (friendly and
#   right for every age) and calls us "chúng mình".
# review: draft — not yet checked by a fluent speaker. Please ask a
#   Vietnamese speaker who works with children to read it, then write their
#   name here as "# review: checked by NAME, ROLE, DATE".
# $band is one of: early (4-7), middle (8-11), teen (12-17), adult (16-25).

site-name = Sayso
skip-to-content = Đi tới nội dung chính

## Every young person's page
unsafe-button = Mình không thấy an toàn
footer-advocacy-title = Bạn muốn có người đứng về phía bạn?
footer-advocacy = Người bênh vực (advocate) có thể giúp bạn nói điều bạn muốn, và đảm bảo mọi người lắng nghe bạn. { $contact }
footer-complaints-title = Bạn không vui với cách mình được đối xử?
footer-complaints = Bạn có quyền khiếu nại. { $contact }
footer-private = Chúng mình không bao giờ bắt bạn tạo tài khoản. Tin nhắn ẩn danh không có tên bạn và không có thông tin gì về điện thoại của bạn.
read-aloud = Đọc to
read-aloud-stop = Dừng đọc

## Home
home-title = Nói lên ý kiến của bạn
home-intro = Hãy cho { $org } biết điều gì tốt, điều gì chưa ổn và bạn muốn gì. Bạn không cần tài khoản, và có thể giấu tên.
home-for = Dành cho { $term } và các bạn đã rời khỏi chăm sóc.
home-say = Nói điều gì đó
home-say-hint = Tin vui, một điều lo lắng, một ý tưởng hoặc cảm xúc của bạn
home-reply = Xem có trả lời chưa
home-reply-hint = Dùng mã trả lời chúng mình đã đưa cho bạn
home-help-hint = Nhận giúp đỡ ngay

## Say it: who are you
age-title = Trước tiên, bạn bao nhiêu tuổi?
age-intro = Để chúng mình dùng từ ngữ phù hợp với bạn.
age-early = 4 đến 7
age-middle = 8 đến 11
age-teen = 12 đến 17
age-adult = 16 đến 25
age-adult-hint = Đã rời khỏi chăm sóc
helper-link = Tôi là người lớn đang giúp một bạn nhỏ
helper-note = Bạn đang giúp một bạn nhỏ. Xin hãy viết lời của bạn ấy, không phải lời của bạn.

## Say it: the form
say-title = { $band ->
    [early] Kể cho chúng mình nghe!
    [middle] Cho chúng mình biết bạn nghĩ gì
    [teen] Nói lên ý kiến của bạn
   *[adult] Nói lên ý kiến của bạn
}
say-intro = { $band ->
    [early] Chọn các hình. Người lớn có thể giúp bạn.
    [middle] Chỉ nhóm tham gia ở { $org } đọc điều này. Câu hỏi có dấu sao (*) cần được trả lời.
    [teen] Chỉ nhóm tham gia ở { $org } đọc điều này. Câu hỏi có dấu sao (*) cần được trả lời.
   *[adult] Chỉ nhóm tham gia ở { $org } đọc điều này. Câu hỏi có dấu sao (*) cần được trả lời.
}
change-age = Đổi tuổi
care-legend = { $band ->
    [early] Bạn sống ở đâu?
   *[other] Điều nào đúng với bạn nhất?
}
care-in_care = { $band ->
    [early] Với người chăm sóc hoặc ở nhà chăm sóc
   *[other] Mình đang được chăm sóc
}
care-care_leaver = Mình đã rời khỏi chăm sóc
kind-legend = { $band ->
    [early] Bạn muốn kể gì? *
   *[other] Đó là chuyện gì? *
}
kind-good_news = { $band ->
    [early] Điều vui
   *[other] Tin vui
}
kind-worry = { $band ->
    [early] Có điều không ổn
   *[other] Lo lắng hoặc vấn đề
}
kind-idea = { $band ->
    [early] Một ý tưởng
   *[other] Ý tưởng hoặc điều mình muốn
}
kind-meeting = { $band ->
    [early] Buổi họp của mình
   *[other] Buổi họp hoặc kế hoạch của mình
}
kind-feeling = Mình cảm thấy thế nào
themes-legend = { $band ->
    [early] Về chuyện gì?
   *[other] Về chuyện gì? (chọn bao nhiêu cũng được, hoặc không chọn)
}
mood-legend = { $band ->
    [early] Bạn cảm thấy thế nào?
   *[other] Bạn cảm thấy thế nào về chuyện này?
}
mood-1 = Rất buồn
mood-2 = Buồn
mood-3 = Bình thường
mood-4 = Vui
mood-5 = Rất vui
text-label = { $band ->
    [early] Kể thêm nếu bạn muốn. Người lớn có thể viết giúp bạn.
    [middle] Kể bằng lời của bạn *
    [teen] Kể bằng lời của bạn *
   *[adult] Bạn muốn nói gì với chúng mình? *
}
text-hint = Tối đa { $max } chữ. Xin đừng viết tên người khác.
who-legend = { $band ->
    [early] Bạn có muốn nói tên mình không?
   *[other] Ẩn danh, hay có tên bạn?
}
who-explain = Tin nhắn của bạn được gửi tới nhóm tham gia ở { $org }. Họ đọc mọi tin nhắn. Nếu có ai có thể đang gặp nguy hiểm, họ phải báo cho nhóm bảo vệ, kể cả khi bạn giấu tên.
who-anonymous = { $band ->
    [early] Không, giữ bí mật nhé
   *[other] Ẩn danh. Không ai biết đó là mình
}
who-anonymous-hint = Chúng mình không giữ tên bạn hay bất cứ điều gì về điện thoại của bạn. Mã trả lời là cách duy nhất để xem câu trả lời.
who-named = { $band ->
    [early] Có, nói tên mình
   *[other] Có tên mình
}
who-named-hint = Nhóm sẽ thấy tên bạn. Họ có thể trả lời bạn qua email nếu bạn muốn.
name-label = Tên bạn
email-label = Email của bạn (nếu bạn muốn nhận trả lời qua email)
email-consent = Có, gửi email cho mình khi nhóm trả lời
send = Gửi
send-hint = Tin nhắn được lưu ngay khi bạn bấm Gửi.

## Problems with what was typed (the form keeps everything)
error-summary = Xin xem lại { $count } điều và bấm Gửi lần nữa. Chúng mình đã giữ lại những gì bạn viết.
error-kind = Xin chọn đó là chuyện gì.
error-text = Xin viết tin nhắn của bạn.
error-text-long = Tin nhắn của bạn dài quá. Xin viết ngắn hơn (nhiều nhất { $max } chữ).
error-name = Xin cho biết tên bạn, hoặc chọn ẩn danh.
error-name-long = Tên của bạn dài quá.
error-email = Địa chỉ email này có vẻ chưa đúng. Xin kiểm tra lại, hoặc để trống.
error-mood = Xin chọn một khuôn mặt.
error-theme = Xin chọn trong các chủ đề trên trang.
error-age = Xin chọn lại tuổi của bạn.
error-care = Xin chọn một câu trả lời.
error-language = Chúng mình không biết ngôn ngữ đó. Xin chọn một ngôn ngữ trong danh sách.
error-generic = Có lỗi từ phía chúng mình. Lời của bạn vẫn còn đây. Xin thử lại.
error-not-sent-yet = Chưa gửi được: chúng mình chưa lưu được tin nhắn lúc này. Lời của bạn vẫn còn đây. Xin thử lại sau một phút.

## Thank you
thanks-title = { $band ->
    [early] Cảm ơn bạn!
   *[other] Cảm ơn, chúng mình đã nhận được
}
thanks-saved = Tin nhắn của bạn đã được lưu an toàn.
thanks-code-label = Mã trả lời của bạn
thanks-code-keep = { $band ->
    [early] Nhờ người lớn viết lại ba từ này.
   *[other] Hãy viết lại ba từ này hoặc chụp ảnh. Bạn cần chúng để xem câu trả lời.
}
thanks-next-title = Điều gì sẽ xảy ra tiếp theo
thanks-next = Nhóm tham gia đọc mọi tin nhắn và cố gắng trả lời trong vòng { $days } ngày làm việc. Hãy quay lại và dùng mã để xem câu trả lời.
thanks-next-email = Chúng mình cũng sẽ gửi email cho bạn khi có trả lời.
thanks-again = Nói điều khác
thanks-check = Xem có trả lời chưa

## Help (I don't feel safe)
help-title = Có người giúp bạn đây
help-now = Nếu bạn đang gặp nguy hiểm ngay bây giờ, hãy gọi 999.
help-999 = Gọi 999
help-childline = Childline (đường dây giúp trẻ em), miễn phí, bất cứ lúc nào: { $phone }
help-childline-call = Gọi Childline { $phone }
help-ooh = { $org } ngoài giờ làm việc: { $phone }
help-ooh-call = Gọi { $phone }
help-urgent = Điều bạn viết làm chúng mình lo cho bạn. Tin nhắn của bạn đã được gửi tới nhóm bảo vệ trước tiên.
help-send-title = Gửi tin nhắn tới nhóm bảo vệ
help-send-intro = Họ sẽ đọc sớm nhất có thể. Đây không phải dịch vụ khẩn cấp: nếu bạn cần giúp ngay, hãy gọi 999 hoặc Childline.
help-text-label = Chuyện gì đang xảy ra? *
help-contact-label = Làm sao chúng mình liên lạc với bạn một cách an toàn? (không bắt buộc)
help-contact-hint = Tên bạn, và một số điện thoại hoặc email an toàn để dùng. Để trống nếu muốn giấu tên.
help-send = Gửi tới nhóm bảo vệ
help-sent = Tin nhắn của bạn đã được gửi tới nhóm bảo vệ.

## Check my reply
reply-title = Xem có trả lời chưa
reply-intro = Gõ ba từ trong mã trả lời của bạn.
reply-code-label = Mã trả lời
reply-code-hint = Ví dụ: apple-river-tiger
reply-check = Xem
reply-not-found = Chúng mình không tìm thấy mã đó. Xin kiểm tra chính tả. Mã gồm ba từ, như apple-river-tiger.
reply-limited = Thử quá nhiều lần. Xin đợi một phút rồi thử lại.
reply-status-title = Tin nhắn của bạn
status-sent = { $band ->
    [early] Chúng mình đã nhận được tin nhắn. Chúng mình sẽ đọc sớm.
   *[other] Đã gửi. Nhóm sẽ đọc sớm.
}
status-read = { $band ->
    [early] Nhóm đã đọc tin nhắn của bạn.
   *[other] Nhóm đã đọc.
}
status-replied = Nhóm đã trả lời.
replies-none = Chưa có trả lời. Xin xem lại sau vài ngày.
replies-title = Trả lời của nhóm

## Errors
not-found-title = Chúng mình không tìm thấy trang đó
not-found-body = Xin kiểm tra địa chỉ, hoặc quay lại trang đầu.
back-home = Quay lại trang đầu

## You said, we did
you-said-we-did-title = Các bạn nói, chúng mình làm
you-said-we-did-intro = { $band ->
    [early] Bạn đã kể cho chúng mình. Đây là điều chúng mình đã làm.
   *[other] Điều các bạn trẻ nói với { $org }, và điều đã xảy ra nhờ đó. Khi câu trả lời là không, chúng mình nói lý do.
}
you-said-we-did-none = Chưa có gì ở đây. Tin nhắn của bạn giúp quyết định điều gì sẽ có ở đây.
you-said-we-did-filter = Xem một chủ đề
you-said-we-did-all = Tất cả chủ đề
you-said-we-did-show = Xem
you-said-we-did-you-said = Các bạn nói
you-said-we-did-we-did = Chúng mình đã làm / sẽ làm
you-said-we-did-why-not = Vì sao không
you-said-we-did-due = Trước { $date }
home-you-said-we-did = Các bạn nói, chúng mình làm
home-you-said-we-did-hint = Điều gì đã thay đổi nhờ các bạn trẻ lên tiếng
action-status-heard = { $band ->
    [early] Chúng mình đã nghe bạn
   *[other] Đã lắng nghe
}
action-status-planned = { $band ->
    [early] Chúng mình có kế hoạch
   *[other] Đã lên kế hoạch
}
action-status-in_progress = { $band ->
    [early] Chúng mình đang làm
   *[other] Đang làm
}
action-status-done = { $band ->
    [early] Xong rồi!
   *[other] Đã xong
}
action-status-not_doing = { $band ->
    [early] Chúng mình không làm được việc này
   *[other] Không làm
}
status-action = { $band ->
    [early] Tin nhắn của bạn đã giúp thay đổi một điều!
   *[other] Tin nhắn của bạn giờ là một phần của "Các bạn nói, chúng mình làm".
}
status-action-link = Xem điều đã làm
status-you_said_we_did = { $band ->
    [early] Tin nhắn của bạn đã giúp thay đổi một điều!
   *[other] Một phần của "Các bạn nói, chúng mình làm".
}

## The language picker
lang-picker = Ngôn ngữ
lang-picker-choose = Chọn ngôn ngữ của bạn

## Quick exit
exit-page = Rời trang này
exit-page-keys = hoặc bấm phím Shift 3 lần
exit-page-leaving = Đang rời trang

## Read aloud
read-aloud-no-voice = Xin lỗi, điện thoại này không có giọng đọc cho ngôn ngữ này. Có thể nhờ người lớn đọc cho bạn.

## No signal
offline-saved-page = Bây giờ không có sóng. Trang này đã được lưu trên điện thoại từ lần trước bạn vào.
offline-kept-title = Chưa gửi
offline-kept = Bây giờ không có sóng. Tin nhắn của bạn được giữ trên điện thoại này và sẽ tự gửi đi khi có sóng lại. Sau đó nó sẽ bị xoá khỏi điện thoại.
offline-kept-shared = Nếu người khác cũng dùng điện thoại này, họ có thể thấy nó cho tới khi nó được gửi. Bạn có thể xoá ngay bây giờ.
offline-kept-danger = Nếu bạn đang gặp nguy hiểm, hãy gọi 999. Bạn gọi được 999 kể cả khi hết tiền trong máy.
offline-delete = Xoá tin nhắn đang chờ
offline-deleted = Đã xoá. Không còn gì đang chờ trên điện thoại này.
offline-waiting = Có một tin nhắn đang chờ trên điện thoại này. Nó sẽ tự gửi đi khi có sóng.
offline-sent-title = Tin nhắn của bạn đã được gửi
offline-sent = Tin nhắn đang chờ trên điện thoại này giờ đã được gửi, và đã xoá khỏi điện thoại. Mã trả lời của bạn là:
offline-sent-done = Mình đã ghi lại rồi
offline-check = Một tin nhắn giữ trên điện thoại này chưa gửi được như cũ. Nó đã quay lại trong mẫu bên dưới: xin xem lại và bấm Gửi.

## Easy read
easy-link = Dễ đọc: bằng hình, mỗi lần một câu hỏi
easy-link-hint = Không cần đọc hay gõ gì nếu bạn không muốn
easy-title = Kể bằng hình
easy-step = Bước { $n } / { $total }
easy-who = Ai đang ở cùng bạn?
easy-who-me = Chỉ có mình
easy-who-helper = Có người lớn đang giúp mình
easy-age = Bạn bao nhiêu tuổi?
easy-kind = Bạn muốn kể gì?
easy-themes = Về chuyện gì?
easy-themes-hint = Chạm vào tất cả hình đúng, hoặc không hình nào. Rồi chạm Tiếp.
easy-mood = Bạn cảm thấy thế nào?
easy-words = Bạn có muốn nói thêm không?
easy-words-hint = Không bắt buộc. Bạn có thể gửi các hình như vậy. Người lớn có thể viết giúp bạn.
easy-words-label = Lời của bạn (không bắt buộc)
easy-check = Tin nhắn của bạn
easy-send = Gửi
easy-next = Tiếp
easy-back = Quay lại
easy-change = Đổi
easy-nothing = Chưa chọn gì

## Themes
theme-where-i-live = Nơi mình sống
theme-where-i-live-young = Nhà của mình
theme-family-friends = Gia đình, bạn bè và giữ liên lạc
theme-family-friends-young = Gia đình và bạn bè
theme-my-worker = Nhân viên phụ trách của mình và được lắng nghe
theme-my-worker-young = Nhân viên phụ trách
theme-school-work = Trường học, cao đẳng và việc làm
theme-school-work-young = Trường học
theme-health-feelings = Sức khoẻ và cảm xúc
theme-health-feelings-young = Sức khoẻ và cảm xúc
theme-money = Tiền bạc
theme-money-young = Tiền
theme-leaving-care = Lớn lên và rời khỏi chăm sóc (nhà ở, tự lập)
theme-leaving-care-young = Lớn lên
theme-being-safe = Được an toàn
theme-being-safe-young = Cảm thấy an toàn
theme-fun = Vui chơi, sở thích và hoạt động
theme-fun-young = Vui chơi và sở thích
theme-who-i-am = Mình là ai (bản sắc, văn hoá, tín ngưỡng)
theme-who-i-am-young = Mình là ai

## Email to a young person
email-reply-subject = { $org } đã trả lời tin nhắn của bạn
email-reply-hello = Chào { $name },
email-reply-intro = { $org } đã trả lời tin nhắn của bạn:
email-reply-link = Bạn cũng có thể đọc câu trả lời bằng mã trả lời tại { $link }

## Surveys
survey-face-1 = { $band ->
    [early] Rất buồn
   *[other] Rất không vui
}
survey-face-2 = { $band ->
    [early] Buồn
   *[other] Không vui
}
survey-face-3 = { $band ->
    [early] Ở giữa
   *[other] Bình thường
}
survey-face-4 = Vui
survey-face-5 = Rất vui
survey-answer-yes = Có
survey-answer-no = Không
survey-answer-not_sure = Không chắc

## The ready-made well-being survey
wb-title = { $band ->
    [early] Bạn khoẻ không?
    [adult] Cuộc sống của bạn sau khi rời chăm sóc
   *[other] Cuộc sống của bạn thế nào?
}
wb-intro = { $band ->
    [early] Vài câu hỏi nhanh. Chạm vào một khuôn mặt. Người lớn có thể giúp bạn.
    [middle] Vài câu hỏi về bạn và cuộc sống của bạn. Không có câu trả lời đúng hay sai, và bạn có thể bỏ qua câu nào cũng được.
    [adult] Vài câu hỏi về mọi việc của bạn: những người xung quanh, nhà ở, tiền bạc và điều sắp tới. Bạn không cần ghi tên, và có thể bỏ qua bất cứ câu nào.
   *[other] Vài câu hỏi về bạn, những người xung quanh và mọi việc đang thế nào. Bạn không cần ghi tên, và có thể bỏ qua câu nào cũng được.
}
wb-part-relationships = { $band ->
    [early] Mọi người
   *[other] Những người xung quanh bạn
}
wb-part-rights = { $band ->
    [early] Được lắng nghe
   *[other] Quyền của bạn và tiếng nói của bạn
}
wb-part-resilience = { $band ->
    [early] Cảm thấy vui
   *[other] Vượt qua lúc khó khăn
}
wb-part-recovery = { $band ->
    [early] Cảm thấy an toàn
    [adult] Nhà ở, tiền bạc và tương lai
   *[other] Cảm thấy an toàn và ổn định
}
wb-people-home = { $band ->
    [early] Mọi việc với người lớn ở nhà thế nào?
    [adult] Bạn cảm thấy thế nào về những người đang hỗ trợ bạn bây giờ?
   *[other] Bạn cảm thấy thế nào về những người sống cùng bạn?
}
wb-trusted-adult = { $band ->
    [early] Có người lớn nào bạn có thể kể chuyện không?
    [adult] Có ai bạn có thể nhờ giúp khi có chuyện không ổn, như hoá đơn hay nhà ở không?
   *[other] Có người lớn nào bạn tin tưởng và có thể nói về mọi chuyện không?
}
wb-family-contact = { $band ->
    [early] Bạn có được gặp gia đình không?
    [adult] Bạn cảm thấy thế nào về việc bạn gặp hoặc nói chuyện với gia đình thường xuyên ra sao?
   *[other] Bạn gặp hoặc nói chuyện với người thân không sống cùng bạn có thường không?
}
wb-family-contact-enough = { $band ->
    [early] Vậy là ổn
   *[other] Vừa đủ
}
wb-family-contact-more = { $band ->
    [early] Mình muốn nhiều hơn
   *[other] Mình muốn nhiều hơn
}
wb-family-contact-less = { $band ->
    [early] Mình muốn ít hơn
   *[other] Mình muốn ít hơn
}
wb-family-contact-not-wanted = { $band ->
    [early] Mình không muốn
   *[other] Mình không muốn gặp họ
}
wb-listened-to = { $band ->
    [early] Người lớn có lắng nghe bạn không?
    [adult] Bạn có thấy được lắng nghe khi người ta lập kế hoạch cho cuộc sống của bạn không?
   *[other] Bạn có thấy được lắng nghe khi người ta quyết định chuyện của bạn không?
}
wb-know-rights = { $band ->
    [early] Bạn có biết nói với ai khi bạn không vui không?
    [adult] Bạn có biết mình được giúp gì khi đã rời khỏi chăm sóc, như tiền, nhà ở và người cố vấn riêng không?
   *[other] Bạn có biết phải làm gì nếu không vui với việc chăm sóc, và ai có thể giúp bạn không?
}
wb-feel-good = { $band ->
    [early] Điều gì làm bạn vui?
   *[other] Điều gì giúp bạn thấy vui? Chọn bao nhiêu cũng được.
}
wb-feel-good-friends = Bạn bè
wb-feel-good-sport = { $band ->
    [early] Chơi đùa
   *[other] Thể thao hoặc trò chơi
}
wb-feel-good-creative = { $band ->
    [early] Vẽ hoặc âm nhạc
   *[other] Âm nhạc, nghệ thuật hoặc làm đồ
}
wb-feel-good-learning = { $band ->
    [early] Trường học
    [adult] Cao đẳng, học nghề hoặc đi làm
   *[other] Trường học hoặc học hỏi
}
wb-feel-good-animals = { $band ->
    [early] Thú cưng
   *[other] Thú cưng hoặc động vật
}
wb-feel-good-outdoors = { $band ->
    [early] Ra ngoài chơi
   *[other] Ở ngoài trời
}
wb-feel-good-faith = Tín ngưỡng, văn hoá hoặc cộng đồng của mình
wb-hard-times = { $band ->
    [early] Khi có chuyện khó, một lúc sau bạn có thấy ổn không?
    [adult] Khi có chuyện không ổn, như tiền bạc hay nhà ở, bạn đứng dậy lại tốt tới đâu?
   *[other] Khi có chuyện không ổn, bạn vượt qua tốt tới đâu?
}
wb-feel-safe = { $band ->
    [early] Ở nhà bạn có thấy an toàn không?
    [adult] Bạn thấy ổn định và an toàn ở nhà mình tới đâu?
   *[other] Bạn thấy an toàn ở nơi mình sống tới đâu?
}
wb-future = { $band ->
    [early] Phần lớn các ngày bạn có vui không?
    [adult] Bạn cảm thấy thế nào về tiền bạc và tương lai của mình?
   *[other] Bạn cảm thấy thế nào về tương lai của mình?
}
wb-anything-else = { $band ->
    [early] Còn gì nữa không? Người lớn có thể viết giúp bạn.
   *[other] Bạn còn muốn kể gì nữa không? Không bắt buộc.
}

## Answering a survey
surveys-title = { $band ->
    [early] Câu hỏi cho bạn
   *[other] Khảo sát
}
surveys-none = Bây giờ chưa có khảo sát nào đang mở.
surveys-closes = Mở đến { $date }
survey-start = Bắt đầu
survey-who-title = { $band ->
    [early] Bạn bao nhiêu tuổi?
   *[other] Trước tiên, về bạn
}
survey-who-intro = Điều này giúp chúng mình xem mọi việc thế nào với từng lứa tuổi. Chúng mình không hỏi tên bạn.
survey-age-legend = Bạn bao nhiêu tuổi?
survey-care-legend = Bạn đang
survey-care-in_care = Được chăm sóc
survey-care-leaver = Đã rời khỏi chăm sóc
survey-care-skip = Mình không muốn nói
survey-progress = Câu hỏi { $n } / { $total }
survey-next = Tiếp
survey-back = Quay lại
survey-skip = Bỏ qua câu này
survey-finish = Xong
survey-saved = Mỗi câu trả lời được lưu ngay khi bạn chạm Tiếp, nên nếu mất mạng bạn có thể làm tiếp từ đây.
survey-text-label = Lời của bạn
survey-choose-any = Chọn bao nhiêu cũng được
survey-done-title = { $band ->
    [early] Cảm ơn bạn!
   *[other] Cảm ơn bạn đã trả lời
}
survey-done-body = Câu trả lời của bạn đã được lưu. Trên đó không có tên bạn. Nhóm xem câu trả lời của mọi người cùng nhau để biết điều gì cần thay đổi.
survey-done-urgent = Một vài điều bạn viết làm chúng mình lo cho bạn. Nhóm bảo vệ đã được báo. Nếu bạn đang gặp nguy hiểm, hãy tìm người giúp:
survey-closed = Khảo sát này bây giờ chưa mở.
survey-error-answer = Xin chọn một câu trả lời, hoặc chạm "Bỏ qua câu này".
survey-error-who = Xin chọn tuổi của bạn.
survey-qr-title = Mã áp phích
survey-home-link = { $band ->
    [early] Câu hỏi cho bạn
   *[other] Trả lời khảo sát
}
survey-home-hint = Vài câu hỏi, mỗi lần một câu. Không cần tên.
