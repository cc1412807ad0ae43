<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name></name>
    <message>
        <location filename="../tracker/ui/alerts/wording.py" line="+24"/>
        <source>Call {number} now for {name}</source>
        <translation>همین حالا برای {name} با {number} تماس بگیرید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call the 24-hour line now for {name}</source>
        <translation>همین حالا برای {name} با خط ۲۴ ساعته تماس بگیرید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact {name}&apos;s team today</source>
        <translation>امروز با تیم درمان {name} تماس بگیرید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell {name}&apos;s team at the next appointment</source>
        <translation>در نوبت بعدی به تیم درمان {name} بگویید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call {number} now</source>
        <translation>همین حالا با {number} تماس بگیرید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call your 24-hour line now</source>
        <translation>همین حالا با خط ۲۴ ساعتهٔ خود تماس بگیرید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact your team today</source>
        <translation>امروز با تیم درمان خود تماس بگیرید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell your team at your next appointment</source>
        <translation>در نوبت بعدی‌تان به تیم درمان بگویید</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This could be an emergency. Call {number} for an ambulance now. When you can, tell the 24-hour line as well.</source>
        <translation>ممکن است این وضعیت اورژانسی باشد. همین حالا برای آمبولانس با {number} تماس بگیرید. هر وقت توانستید، به خط ۲۴ ساعته هم خبر دهید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call now, day or night. Do not wait until morning or for the next appointment.</source>
        <translation>همین حالا تماس بگیرید، چه شب باشد چه روز. تا صبح یا تا نوبت بعدی صبر نکنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call the team or the 24-hour line today. If it gets worse, call the 24-hour line at once.</source>
        <translation>امروز با تیم درمان یا خط ۲۴ ساعته تماس بگیرید. اگر بدتر شد، بی‌درنگ با خط ۲۴ ساعته تماس بگیرید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no need to call for this alone. If it gets worse or worries you, contact the team sooner.</source>
        <translation>فقط به خاطر این مورد نیازی به تماس نیست. اگر بدتر شد یا نگرانتان کرد، زودتر با تیم درمان تماس بگیرید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Emergency: {number}</source>
        <translation>اورژانس: {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>24-hour line</source>
        <translation>خط تلفن ۲۴ ساعته</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{line}: {phone}</source>
        <translation>{line}: {phone}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Source: {source}</source>
        <translation>منبع: {source}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source: {source} (a clinical guideline beyond our five documents)</source>
        <translation>منبع: {source} (یک راهنمای بالینی، بیرون از پنج سند اصلی ما)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is stopping you doing things</source>
        <translation>مانع کارهای روزانه‌تان شده است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is worse than last time</source>
        <translation>از دفعهٔ پیش بدتر است</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More urgent because {reasons}.</source>
        <translation>فوری‌تر است، چون {reasons}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> و </translation>
    </message>
    <message>
        <location line="-20"/>
        <source>{word} (patient-reported)</source>
        <translation>{word} (گزارش بیمار)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Your team: {contacts}</source>
        <translation>تیم درمان شما: {contacts}</translation>
    </message>
    <message>
        <location filename="../tracker/ui/alerts/card.py" line="+85"/>
        <source>Number to call</source>
        <translation>شماره برای تماس</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Then: {line}</source>
        <translation>سپس: {line}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The 24-hour line&apos;s number is not set yet: add it in Settings, Care team and alerts. Until then, use the number your team gave you.</source>
        <translation>شمارهٔ خط ۲۴ ساعته هنوز وارد نشده است: آن را در تنظیمات، بخش «تیم درمان و هشدارها» وارد کنید. تا آن موقع، از شماره‌ای که تیم درمان به شما داده استفاده کنید.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Logged for {when}</source>
        <translation>ثبت‌شده برای {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This app does not give medical advice; your team decides what to do.</source>
        <translation>این برنامه توصیهٔ پزشکی نمی‌دهد؛ تیم درمان شما تصمیم می‌گیرد چه باید کرد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done, dismiss</source>
        <translation>انجام شد، بستن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss this alert</source>
        <translation>بستن این هشدار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to report</source>
        <translation>چه چیزی را گزارش کنم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the number</source>
        <translation>افزودن شماره</translation>
    </message>
    <message>
        <location filename="../tracker/ui/alerts/banner.py" line="+128"/>
        <source>Alert dismissed.</source>
        <extracomment>Keys of the cards on screen, so a refresh announces only cards that are new.</extracomment>
        <translation>هشدار بسته شد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Alerts could not be checked just now. If you feel unwell, or are not sure, call your 24-hour line or your team now. Do not wait for the app.</source>
        <translation>هم‌اکنون بررسی هشدارها ممکن نشد. اگر حالتان خوب نیست یا مطمئن نیستید، همین حالا با خط ۲۴ ساعته یا تیم درمان خود تماس بگیرید. منتظر برنامه نمانید.</translation>
    </message>
    <message>
        <location filename="../tracker/ui/diary/commands.py" line="+63"/>
        <source>Delete entry</source>
        <translation>حذف یادداشت</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore entry</source>
        <translation>بازگرداندن یادداشت</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add entry</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit entry</source>
        <translation>ویرایش یادداشت</translation>
    </message>
    <message>
        <location filename="../tracker/ui/diary/controller.py" line="+107"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+64"/>
        <source>&amp;Note:</source>
        <translation>&amp;یادداشت:</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Question for your next appointment</source>
        <translation>پرسش برای نوبت بعدی</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+67"/>
        <source>&amp;Question:</source>
        <translation>&amp;پرسش:</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Edit note</source>
        <translation>ویرایش یادداشت</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit question</source>
        <translation>ویرایش پرسش</translation>
    </message>
    <message>
        <location filename="../tracker/ui/diary/describe.py" line="+54"/>
        <source>at {place}</source>
        <translation>در {place}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Temperature {value} {unit}</source>
        <translation>دمای بدن {value} {unit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight {value} {unit}</source>
        <translation>وزن {value} {unit}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly check-in: {text}</source>
        <translation>بررسی هفتگی: {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(report&apos;s range {low} to {high})</source>
        <translation>(محدودهٔ گزارش: {low} تا {high})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no result recorded yet</source>
        <translation>هنوز نتیجه‌ای ثبت نشده</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>answered</source>
        <translation>پاسخ داده شد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>asked</source>
        <translation>پرسیده شد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to ask</source>
        <translation>برای پرسیدن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{drug}: {status}</source>
        <translation>{drug}: {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(filled in afterwards)</source>
        <translation>(بعداً ثبت شده)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} – {site}, treatment {n} of {count}</source>
        <translation>{what} – {site}، جلسهٔ {n} از {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} – {site}</source>
        <translation>{what} – {site}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ratings are patient-reported.</source>
        <translation>امتیازها را خود بیمار گزارش کرده است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted (kept in history).</source>
        <translation>حذف شد (در تاریخچه می‌ماند).</translation>
    </message>
    <message>
        <location filename="../tracker/ui/plan/words.py" line="+41"/>
        <source>By mouth</source>
        <translation>خوراکی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drip into a vein</source>
        <translation>سرم در رگ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Injection under the skin</source>
        <translation>تزریق زیر پوست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection into a muscle</source>
        <translation>تزریق در عضله</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Implant under the skin</source>
        <translation>کاشت زیر پوست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>تعیین نشده</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tablets</source>
        <translation>قرص</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drip</source>
        <translation>سرم</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Injection</source>
        <translation>تزریق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Implant</source>
        <translation>کاشتنی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doses</source>
        <translation>نوبت‌های دارو</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every week</source>
        <translation>هر هفته</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every {n} weeks</source>
        <translation>هر {n} هفته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every month</source>
        <translation>هر ماه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every {n} months</source>
        <translation>هر {n} ماه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every day</source>
        <translation>هر روز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every {n} days</source>
        <translation>هر {n} روز</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{first} and {last}</source>
        <translation>{first} و {last}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{a}–{b}</source>
        <translation>{a}–{b}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>day {days}</source>
        <translation>روز {days}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days {days}</source>
        <translation>روزهای {days}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>twice a day</source>
        <translation>روزی دو بار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} times a day</source>
        <translation>روزی {n} بار</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+34"/>
        <source>The schedule is not complete yet.</source>
        <translation>برنامهٔ مصرف هنوز کامل نیست.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>{form} every day</source>
        <translation>{form} هر روز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{form} {every}</source>
        <translation>{form} {every}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{form} once a week</source>
        <translation>{form} هفته‌ای یک بار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{form} on {days} of every {length}-day cycle</source>
        <translation>{form} در {days} از هر دورهٔ {length} روزه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{form}: a first (loading) dose, then {every}</source>
        <translation>{form}: یک نوبت اول (دوز بارگیری)، سپس {every}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{form} on {days}, then {every}</source>
        <translation>{form} در {days}، سپس {every}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{form} {first} for {count}, then {then}</source>
        <translation>{form} {first} به مدت {count}، سپس {then}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 dose</source>
        <translation>۱ نوبت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} doses</source>
        <translation>{n} نوبت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{form} on {dates}</source>
        <translation>{form} در {dates}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{dose} {times} for {days}</source>
        <translation>{dose} {times} به مدت {days}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>once a day</source>
        <translation>روزی یک بار</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>1 day</source>
        <translation>۱ روز</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>{n} days</source>
        <translation>{n} روز</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{form} stepping down: {steps} ({total} in all)</source>
        <translation>{form} با کاهش تدریجی: {steps} (روی هم {total})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, then </source>
        <translation>، سپس </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{form} {times}, every day</source>
        <translation>{form} {times}، هر روز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{sentence}, {times}</source>
        <translation>{sentence}، {times}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Procedure or operation</source>
        <translation>اقدام درمانی یا عمل جراحی</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Surgery (an operation)</source>
        <translation>جراحی (عمل)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>A procedure</source>
        <translation>یک اقدام درمانی</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draining fluid from around a lung (pleural drain)</source>
        <translation>تخلیهٔ مایع اطراف ریه (درن پلور)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draining fluid from the abdomen (ascitic drain)</source>
        <translation>تخلیهٔ مایع از شکم (درن آسیت)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cement to strengthen a bone in the spine (vertebroplasty)</source>
        <translation>تزریق سیمان برای محکم کردن استخوانی در ستون مهره‌ها (ورتبروپلاستی)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroying a tumour with heat or cold (ablation)</source>
        <translation>از بین بردن تومور با گرما یا سرما (ابلیشن)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Another procedure</source>
        <translation>اقدام درمانی دیگر</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>spine</source>
        <translation>ستون مهره‌ها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lower back</source>
        <translation>کمر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>neck</source>
        <translation>گردن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hip</source>
        <translation>مفصل ران</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pelvis</source>
        <translation>لگن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ribs</source>
        <translation>دنده‌ها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shoulder</source>
        <translation>شانه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thigh bone</source>
        <translation>استخوان ران</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>brain</source>
        <translation>مغز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>liver</source>
        <translation>کبد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lung</source>
        <translation>ریه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>chest wall</source>
        <translation>دیوارهٔ قفسهٔ سینه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>breast</source>
        <translation>پستان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skin</source>
        <translation>پوست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lymph nodes</source>
        <translation>غدد لنفاوی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>abdomen</source>
        <translation>شکم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pain relief</source>
        <translation>تسکین درد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>control the cancer in this place</source>
        <translation>کنترل سرطان در این ناحیه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>prevent a fracture</source>
        <translation>پیشگیری از شکستگی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relieve pressure on the spinal cord</source>
        <translation>کاستن فشار بر نخاع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>relieve breathlessness</source>
        <translation>تسکین تنگی نفس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shrink the tumour</source>
        <translation>کوچک کردن تومور</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} – {site}, {day}</source>
        <translation>{what} – {site}، {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} – {site}: {count}, {start} to {end}</source>
        <translation>{what} – {site}: {count}، {start} تا {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 treatment</source>
        <translation>۱ جلسهٔ درمان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} treatments</source>
        <translation>{n} جلسهٔ درمان</translation>
    </message>
    <message>
        <location filename="../tracker/render/report_strings.py" line="+40"/>
        <location filename="../tracker/ui/plan/words.py" line="-90"/>
        <source>Cycle {cycle}, day {day} of {length}</source>
        <translation>دورهٔ {cycle}، روز {day} از {length}</translation>
    </message>
    <message>
        <location filename="../tracker/render/chart_labels.py" line="+45"/>
        <source>{symptom} (how often)</source>
        <translation>{symptom} (چند وقت یک بار)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{symptom} (effect on daily life)</source>
        <translation>{symptom} (اثر بر کارهای روزانه)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+35"/>
        <location filename="../tracker/render/report_strings.py" line="+54"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="-34"/>
        <location filename="../tracker/render/report_strings.py" line="+3"/>
        <source>Symptoms (patient-reported)</source>
        <translation>نشانه‌ها (گزارش بیمار)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptoms (patient-reported), highest rating each week</source>
        <translation>نشانه‌ها (گزارش بیمار)، بالاترین امتیاز هر هفته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient-reported rating</source>
        <translation>امتیاز (گزارش بیمار)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 None</source>
        <translation>۰ هیچ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 Mild</source>
        <translation>۱ خفیف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 Moderate</source>
        <translation>۲ متوسط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 Severe</source>
        <translation>۳ شدید</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 Very severe</source>
        <translation>۴ بسیار شدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../tracker/render/report_strings.py" line="-60"/>
        <source>Line {number}: {name}</source>
        <translation>خط {number}: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L{number}</source>
        <translation>خط {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle starts</source>
        <translation>آغاز هر دوره</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../tracker/render/report_strings.py" line="+32"/>
        <location filename="../tracker/ui/plan/words.py" line="+20"/>
        <location line="+25"/>
        <source>Radiotherapy</source>
        <translation>پرتودرمانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation or procedure</source>
        <translation>عمل جراحی یا اقدام درمانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../tracker/render/report_strings.py" line="+35"/>
        <source>Temperature and weight</source>
        <translation>دمای بدن و وزن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} ({unit})</source>
        <translation>{label} ({unit})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>دمای بدن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>وزن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tumour markers</source>
        <translation>نشانگرهای توموری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood counts</source>
        <translation>شمارش سلول‌های خون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other blood tests</source>
        <translation>آزمایش‌های خون دیگر</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../tracker/render/report_strings.py" line="+5"/>
        <source>Reference range</source>
        <translation>محدودهٔ مرجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose calendar</source>
        <translation>تقویم نوبت‌های دارو</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../tracker/ui/plan/words.py" line="-40"/>
        <source>Taken</source>
        <translation>مصرف شد</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../tracker/ui/plan/words.py" line="+0"/>
        <source>Missed</source>
        <translation>جا افتاد</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../tracker/ui/plan/words.py" line="+0"/>
        <source>Skipped</source>
        <translation>رد شد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held by team</source>
        <translation>به دستور تیم متوقف شد</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>0 Never</source>
        <translation>۰ هرگز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 Rarely</source>
        <translation>۱ به‌ندرت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 Occasionally</source>
        <translation>۲ گاهی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 Frequently</source>
        <translation>۳ بیشتر وقت‌ها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 Almost constantly</source>
        <translation>۴ تقریباً همیشه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 Not at all</source>
        <translation>۰ اصلاً</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 A little bit</source>
        <translation>۱ کمی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 Somewhat</source>
        <translation>۲ تا حدی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 Quite a bit</source>
        <translation>۳ نسبتاً زیاد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 Very much</source>
        <translation>۴ خیلی زیاد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patient-reported rating (0 = none or never, 4 = the most)</source>
        <translation>امتیازِ گزارش بیمار (۰ = هیچ یا هرگز، ۴ = بیشترین)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>37.5 °C: call during treatment</source>
        <translation>37.5 °C: در دوران درمان تماس بگیرید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>مورد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reported by</source>
        <translation>گزارش‌دهنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>بیمار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carer ({name})</source>
        <translation>مراقب ({name})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rating 0 to 4</source>
        <translation>امتیاز ۰ تا ۴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week of {date}</source>
        <translation>هفتهٔ {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}, {start} to {end}: {parts}.</source>
        <translation>{title}، {start} تا {end}: {parts}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}: {readings}, lowest {low}, highest {high}, latest {latest} on {latest_date}</source>
        <translation>{label}: {readings}، کمترین {low}، بیشترین {high}، آخرین {latest} در {latest_date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}: rated {times}, highest {high}, latest {latest} on {latest_date}</source>
        <translation>{label}: {times} امتیاز داده شد، بیشترین {high}، آخرین {latest} در {latest_date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 reading</source>
        <translation>۱ اندازه‌گیری</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} readings</source>
        <translation>{count} اندازه‌گیری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>once</source>
        <translation>یک بار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} times</source>
        <translation>{count} بار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{drug}: {counts}</source>
        <translation>{drug}: {counts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{status} {count}</source>
        <translation>{status} {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}, {start} to {end}: nothing recorded in this period.</source>
        <translation>{title}، {start} تا {end}: در این بازهٔ زمانی چیزی ثبت نشده است.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Planned</source>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not recorded</source>
        <translation>ثبت نشده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing recorded in this period</source>
        <translation>در این بازهٔ زمانی چیزی ثبت نشده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}: {value} on {date}</source>
        <translation>{label}: {value} در {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}: up to {value} in the week of {date}</source>
        <translation>{label}: تا {value} در هفتهٔ {date}</translation>
    </message>
    <message>
        <location filename="../tracker/ui/plan/words.py" line="+1"/>
        <source>Held by the team</source>
        <translation>به دستور تیم درمان متوقف شد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not marked yet</source>
        <translation>هنوز علامت نخورده</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cancer grew (progression)</source>
        <translation>سرطان پیشرفت کرد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side effects</source>
        <translation>عوارض جانبی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course completed</source>
        <translation>دوره کامل شد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>My own choice</source>
        <translation>انتخاب خودم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Another reason</source>
        <translation>دلیل دیگر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clinic appointment</source>
        <translation>نوبت درمانگاه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan</source>
        <translation>تصویربرداری</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blood test</source>
        <translation>آزمایش خون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infusion</source>
        <translation>تزریق وریدی</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Appointment</source>
        <translation>نوبت</translation>
    </message>
    <message>
        <location filename="../tracker/ui/main/menus.py" line="+30"/>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New journal…</source>
        <translation>دفترچهٔ &amp;تازه…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock now</source>
        <translation>&amp;همین حالا قفل کن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log</source>
        <translation>&amp;ثبت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log &amp;symptoms…</source>
        <translation>ثبت &amp;نشانه‌ها…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weekly check-in…</source>
        <translation>&amp;بررسی هفتگی…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to {section}</source>
        <translation>رفتن به {section}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;بزرگ‌نمایی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;کوچک‌نمایی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Normal size</source>
        <translation>اندازهٔ &amp;معمولی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change who is &amp;entering</source>
        <translation>تغییر &amp;کسی که ثبت می‌کند</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;میان‌برهای صفحه‌کلید…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Treatment Journey</source>
        <translation>&amp;دربارهٔ Treatment Journey</translation>
    </message>
    <message>
        <location filename="../tracker/render/report_strings.py" line="-82"/>
        <source>Clinic summary</source>
        <translation>خلاصه برای ویزیت پزشک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start} to {end}</source>
        <translation>{start} تا {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page} of {pages}</source>
        <translation>صفحهٔ {page} از {pages}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>patient-reported</source>
        <translation>گزارش بیمار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on {date} with Treatment Journey. Information recorded by the patient or their carer.</source>
        <translation>ساخته‌شده در {date} با Treatment Journey. این اطلاعات را بیمار یا مراقب او ثبت کرده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About me</source>
        <translation>دربارهٔ من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current treatment</source>
        <translation>درمان کنونی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since {date}</source>
        <translation>از {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicines</source>
        <translation>داروها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No current line of treatment recorded.</source>
        <translation>هیچ خط درمان کنونی‌ای ثبت نشده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started line {number}: {name} on {date}.</source>
        <translation>خط {number}: {name} در {date} آغاز شد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} worse: {before} before, up to {now} since (patient-reported).</source>
        <translation>{symptom} بدتر شده است: پیش‌تر {before}، از آن پس تا {now} (گزارش بیمار).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} reported for the first time, up to {now} (patient-reported).</source>
        <translation>{symptom} برای نخستین بار گزارش شد، تا {now} (گزارش بیمار).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight {start} → {end} ({delta}).</source>
        <translation>وزن {start} ← {end} ({delta}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest temperature {value} on {date}.</source>
        <translation>بالاترین دمای بدن: {value} در {date}.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Medicine</source>
        <translation>دارو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>چه شد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No symptoms were logged in this period.</source>
        <translation>در این بازهٔ زمانی هیچ نشانه‌ای ثبت نشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged and rated none (0) every time: {symptoms}.</source>
        <translation>ثبت شد و هر بار امتیاز هیچ (۰) گرفت: {symptoms}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptom</source>
        <translation>نشانه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries</source>
        <translation>دفعات ثبت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest</source>
        <translation>بیشترین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest</source>
        <translation>آخرین</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Symptom ratings are patient-reported (carer-reported where marked), not clinical grades.</source>
        <translation>امتیاز نشانه‌ها گزارش بیمار است (هر جا مشخص شده، گزارش مراقب)، نه ارزیابی بالینی پزشک.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What the team changed since the last appointment ({date})</source>
        <translation>آنچه تیم درمان از نوبت پیشین ({date}) تغییر داده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the team changed in this period</source>
        <translation>آنچه تیم درمان در این بازهٔ زمانی تغییر داده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No change to the treatment was recorded in this period.</source>
        <translation>در این بازهٔ زمانی هیچ تغییری در درمان ثبت نشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: delayed by {days} days from {date}.</source>
        <translation>{what}: از {date}، {days} روز به تأخیر افتاد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: held from {date}.</source>
        <translation>{what}: از {date} متوقف شد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: dose changed from {date} to {dose}.</source>
        <translation>{what}: مقدار دارو از {date} به {dose} تغییر کرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: treatment break from {date}.</source>
        <translation>{what}: وقفه در درمان از {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: restarted on {date}.</source>
        <translation>{what}: در {date} از سر گرفته شد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: new dose from {date}: {dose}.</source>
        <translation>{what}: مقدار تازه از {date}: {dose}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {number}: {name} ended on {date}. Reason: {reason}.</source>
        <translation>خط {number}: {name} در {date} پایان یافت. دلیل: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note: {note}</source>
        <translation>یادداشت: {note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the cancer grew (progression)</source>
        <translation>سرطان پیشرفت کرد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>side effects</source>
        <translation>عوارض جانبی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>course completed</source>
        <translation>دوره کامل شد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the patient&apos;s choice</source>
        <translation>انتخاب بیمار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>other reason</source>
        <translation>دلیل دیگر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treatments since the last appointment ({date})</source>
        <translation>درمان‌ها از نوبت ملاقات پیشین ({date}) تا کنون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radiotherapy, operations and procedures in this period</source>
        <translation>پرتودرمانی، عمل‌های جراحی و اقدام‌های درمانی در این بازهٔ زمانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} to {site}: {count} treatments, {start} to {end}.</source>
        <translation>{kind} در {site}: {count} جلسهٔ درمان، {start} تا {end}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} to {site} on {date}.</source>
        <translation>{kind} در {site}، در {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose: {dose}.</source>
        <translation>دوز: {dose}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aim: {aim}.</source>
        <translation>هدف: {aim}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../tracker/ui/plan/words.py" line="+23"/>
        <source>Stereotactic radiotherapy</source>
        <translation>پرتودرمانی استریوتاکتیک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surgery</source>
        <translation>جراحی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pleural drain</source>
        <translation>درن پلور</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ascitic drain</source>
        <translation>درن آسیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertebroplasty</source>
        <translation>ورتبروپلاستی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ablation</source>
        <translation>ابلیشن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Procedure</source>
        <translation>اقدام درمانی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anti-cancer medicines: doses</source>
        <translation>داروهای ضدسرطان: نوبت‌های مصرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned doses up to {date}: {counts}.</source>
        <translation>نوبت‌های برنامه‌ریزی‌شده تا {date}: {counts}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} taken</source>
        <translation>{count} مصرف‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} missed</source>
        <translation>{count} جاافتاده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} skipped</source>
        <translation>{count} ردشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} held by the team</source>
        <translation>{count} متوقف‌شده به دستور تیم درمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} not recorded</source>
        <translation>{count} ثبت‌نشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} doses not recorded: nobody marked them taken or missed ({detail}).</source>
        <translation>{count} نوبت ثبت نشده است: کسی آن‌ها را «مصرف شد» یا «جا افتاد» علامت نزده است ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{drug} {count}, {start} to {end}</source>
        <translation>{drug} {count}، {start} تا {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All {count} planned doses were marked taken.</source>
        <translation>همهٔ {count} نوبت برنامه‌ریزی‌شده «مصرف شد» علامت خورده‌اند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No anti-cancer doses were planned in this period.</source>
        <translation>در این بازهٔ زمانی هیچ نوبت داروی ضدسرطانی برنامه‌ریزی نشده بود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other medicines (supportive, or typed by hand): {counts}. Details under “{heading}” below.</source>
        <translation>داروهای دیگر (داروهای حمایتی یا داروهایی که دستی نوشته شده‌اند): {counts}. جزئیات در بخش «{heading}» در پایین آمده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other medicines: doses not taken</source>
        <translation>داروهای دیگر: نوبت‌های مصرف‌نشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptoms new or worse (patient-reported)</source>
        <translation>نشانه‌های تازه یا بدترشده (گزارش بیمار)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No symptom was new or worse than in the period before.</source>
        <translation>هیچ نشانه‌ای نسبت به بازهٔ زمانی پیشین تازه یا بدتر نبود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reported by carer ({names})</source>
        <translation>گزارش مراقب ({names})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some ratings reported by carer ({names}).</source>
        <translation>برخی امتیازها را مراقب گزارش کرده است ({names}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by carer ({names}).</source>
        <translation>گزارش مراقب ({names}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest blood results</source>
        <translation>آخرین نتیجه‌های آزمایش خون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No blood results have been recorded.</source>
        <translation>هیچ نتیجهٔ آزمایش خونی ثبت نشده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before this period</source>
        <translation>پیش از این بازهٔ زمانی</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tumour markers and blood counts in this period</source>
        <translation>نشانگرهای توموری و شمارش سلول‌های خون در این بازهٔ زمانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No results were recorded in this period.</source>
        <translation>در این بازهٔ زمانی هیچ نتیجه‌ای ثبت نشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <translation>آزمایش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside range</source>
        <translation>بیرون از محدوده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>بالا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>پایین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up to {high}</source>
        <translation>تا {high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{low} or more</source>
        <translation>{low} یا بیشتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{low}–{high}</source>
        <translation>{low} تا {high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My questions</source>
        <translation>پرسش‌های من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My notes</source>
        <translation>یادداشت‌های من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: {title}</source>
        <translation>نمودار: {title}</translation>
    </message>
    <message>
        <location filename="../tracker/ui/plan/past_doses_dialog.py" line="+37"/>
        <source>Doses before today</source>
        <translation>نوبت‌های پیش از امروز</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n planned dose(s)</source>
        <translation>%n نوبت برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{drug} has {count} from {first} to {last} that nobody marked. What happened to them?</source>
        <translation>برای {drug} از {first} تا {last}، {count} هست که کسی علامتشان نزده است. این نوبت‌ها چه شدند؟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I &amp;took them as planned</source>
        <translation>&amp;طبق برنامه مصرفشان کردم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They are recorded as taken, entered by you, and marked as filled in afterwards.</source>
        <translation>به‌عنوان «مصرف شد» و ثبت‌شده به‌وسیلهٔ شما ذخیره می‌شوند و علامت «بعداً ثبت شده» می‌خورند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;don&apos;t know</source>
        <translation>&amp;نمی‌دانم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They stay “not recorded” and are never shown as overdue.</source>
        <translation>«ثبت نشده» می‌مانند و هرگز عقب‌افتاده نشان داده نمی‌شوند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave them for me to mark</source>
        <translation>&amp;بگذار خودم علامتشان بزنم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing changes now: you can mark each day&apos;s doses in the Plan&apos;s calendar.</source>
        <translation>اکنون چیزی تغییر نمی‌کند: می‌توانید نوبت‌های هر روز را در تقویم بخش «برنامه» علامت بزنید.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You can undo your answer with Ctrl+Z in the Plan.</source>
        <translation>می‌توانید پاسختان را در بخش «برنامه» با Ctrl+Z واگرد کنید.</translation>
    </message>
    <message>
        <location filename="../tracker/ui/reminders/background.py" line="+31"/>
        <source>Treatment Journey is still running</source>
        <translation>Treatment Journey هنوز در حال اجراست</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It keeps running to remind you of doses and appointments, locked. Click this icon to open it; choose Quit in its menu to stop it.</source>
        <translation>برای یادآوری نوبت‌های دارو و نوبت‌های ملاقات، در حالت قفل به کار خود ادامه می‌دهد. برای باز کردنش روی این نماد کلیک کنید؛ برای بستن کامل آن، «خروج» را در منوی آن برگزینید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Treatment Journey keeps running to remind you of doses and appointments. Your journal is locked.

To open it again, start Treatment Journey as usual. To stop it completely, choose File → Quit (Ctrl+Q) in its window.</source>
        <translation>Treatment Journey برای یادآوری نوبت‌های دارو و نوبت‌های ملاقات به کار خود ادامه می‌دهد. دفترچهٔ شما قفل است.

برای باز کردن دوباره، Treatment Journey را مثل همیشه اجرا کنید. برای بستن کامل آن، در پنجره‌اش «پرونده ← خروج» (Ctrl+Q) را برگزینید.</translation>
    </message>
    <message>
        <location filename="../tracker/ui/diary/two_computers.py" line="+59"/>
        <source>another computer</source>
        <translation>رایانه‌ای دیگر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier version, from {computer}:</source>
        <translation>نسخهٔ پیشین، از {computer}:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The entry was deleted there.</source>
        <translation>این مورد در آنجا حذف شد.</translation>
    </message>
    <message>
        <location filename="../tracker/ui/settings/sharing_dialogs.py" line="+284"/>
        <source>Remove a person</source>
        <translation>حذف یک نفر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} will no longer be able to open new changes to this journal: the journal gets a new key that their copy does not have. What is already on their computer stays there.

Also remove {name} from your sync service (for example, stop sharing the folder with their computer), so new encrypted files stop reaching them.

Everything {name} entered stays in the diary.</source>
        <translation>{name} دیگر نمی‌تواند تغییرهای تازهٔ این دفترچه را باز کند: دفترچه کلید تازه‌ای می‌گیرد که نسخهٔ او ندارد. آنچه از پیش روی رایانهٔ او هست همان‌جا می‌ماند.

{name} را از سرویس همگام‌سازی‌تان هم حذف کنید (برای نمونه، اشتراک پوشه با رایانهٔ او را متوقف کنید) تا فایل‌های رمزگذاری‌شدهٔ تازه دیگر به دستش نرسند.

هر چه {name} ثبت کرده در دفترچه می‌ماند.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stop sharing on this computer</source>
        <translation>توقف اشتراک‌گذاری در این رایانه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer stops reading and writing the shared folder {folder}. The journal stays here with everything in it; changes made here from now on no longer reach the other computers, and theirs no longer arrive here.

The other computers keep sharing among themselves. To take a person&apos;s access away, use “Remove…” instead.</source>
        <translation>این رایانه دیگر از پوشهٔ مشترک {folder} نمی‌خواند و در آن نمی‌نویسد. دفترچه با همهٔ محتوایش اینجا می‌ماند؛ تغییرهایی که از این پس اینجا انجام شود دیگر به رایانه‌های دیگر نمی‌رسد و تغییرهای آن‌ها هم دیگر به اینجا نمی‌رسد.

رایانه‌های دیگر همچنان میان خودشان به اشتراک‌گذاری ادامه می‌دهند. برای گرفتن دسترسی یک نفر، به جای این کار از «حذف…» استفاده کنید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Stop sharing</source>
        <translation>&amp;توقف اشتراک‌گذاری</translation>
    </message>
    <message>
        <location filename="../tracker/ui/sync/wording.py" line="+26"/>
        <source>just now</source>
        <translation>چند لحظه پیش</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n دقیقه پیش</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>today at {time}</source>
        <translation>امروز ساعت {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday at {time}</source>
        <translation>دیروز ساعت {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computer {id}</source>
        <translation>رایانهٔ {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (this computer)</source>
        <translation>{name} (این رایانه)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{computer}: nothing received yet</source>
        <translation>{computer}: هنوز چیزی دریافت نشده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{computer}: last received {when}</source>
        <translation>{computer}: آخرین دریافت {when}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%n change file(s) waiting for earlier ones)</source>
        <translation>
            <numerusform>(%n فایل تغییرات در انتظار فایل‌های پیشین)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tracker/ui/sync/folder_fields.py" line="+29"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;انتخاب…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Choose the shared folder</source>
        <translation>پوشهٔ مشترک را برگزینید</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;Folder:</source>
        <translation>&amp;پوشه:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your &amp;passphrase:</source>
        <translation>&amp;گذرواژهٔ شما:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Type your passphrase first.</source>
        <translation>نخست گذرواژه‌تان را بنویسید.</translation>
    </message>
    <message>
        <location filename="../tracker/ui/common/discard.py" line="+67"/>
        <source>Discard these entries?</source>
        <translation>این ورودی‌ها دور ریخته شوند؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you entered in this form is not saved yet. Close it and lose it?</source>
        <translation>آنچه در این فرم وارد کرده‌اید هنوز ذخیره نشده است. فرم را می‌بندید و آن را از دست می‌دهید؟</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../tracker/ui/help/about.py" line="+48"/>
        <source>About Treatment Journey</source>
        <translation>دربارهٔ Treatment Journey</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About</source>
        <translation>&amp;درباره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Third-party software</source>
        <translation>&amp;نرم‌افزارهای دیگران</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Treatment Journey icon</source>
        <translation>نماد Treatment Journey</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version {version}</source>
        <translation>نسخهٔ {version}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About this app</source>
        <translation>دربارهٔ این برنامه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A diary for people living with secondary (metastatic) breast cancer and the people who care for them: treatment plans, doses, symptoms, questions and clinic summaries.</source>
        <translation>دفترچه‌ای برای کسانی که با سرطان پستان ثانویه (متاستاتیک) زندگی می‌کنند و کسانی که از آن‌ها مراقبت می‌کنند: برنامهٔ درمان، نوبت‌های دارو، نشانه‌ها، پرسش‌ها و خلاصه برای ویزیت پزشک.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your privacy: everything you enter stays on this computer, in one encrypted file that only your passphrase or recovery key can open. Nothing is sent anywhere: there is no account, no cloud and no tracking. Only files you choose to export or print leave the journal, and the app warns you when an export is not encrypted.</source>
        <translation>حریم خصوصی شما: هر چه وارد می‌کنید روی همین رایانه و در یک فایل رمزگذاری‌شده می‌ماند که فقط با گذرواژه یا کلید بازیابی شما باز می‌شود. هیچ چیز به جایی فرستاده نمی‌شود: نه حساب کاربری، نه فضای ابری و نه ردیابی. فقط فایل‌هایی که خودتان برای خروجی گرفتن یا چاپ انتخاب می‌کنید از دفترچه بیرون می‌روند و برنامه هنگامی که خروجی رمزگذاری نشده باشد به شما هشدار می‌دهد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The explanations in this app are information, not a substitute for your treatment team. If you feel unwell, call your team&apos;s 24-hour line.</source>
        <translation>توضیحات این برنامه فقط برای آگاهی است و جای تیم درمان شما را نمی‌گیرد. اگر حالتان خوب نیست، با خط ۲۴ ساعتهٔ تیم درمان تماس بگیرید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence: Treatment Journey is free software under the GNU General Public License, version 3 or later. It comes with no warranty. It uses Qt and PySide6 (LGPL v3), SQLCipher (BSD-style licence), OpenSSL (Apache 2.0) and other open-source packages listed under Third-party software.</source>
        <translation>مجوز: Treatment Journey نرم‌افزاری آزاد تحت مجوز عمومی همگانی گنو (GNU GPL)، نسخهٔ ۳ یا بالاتر است و هیچ ضمانتی ندارد. این برنامه از Qt و PySide6 (LGPL v3)، SQLCipher (مجوزی از نوع BSD)، OpenSSL (Apache 2.0) و بسته‌های متن‌باز دیگری استفاده می‌کند که در بخش «نرم‌افزارهای دیگران» آمده‌اند.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Third-party software and licences</source>
        <translation>نرم‌افزارهای دیگران و مجوزهای آن‌ها</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The list of third-party software is missing from this copy of the app. It uses Qt and PySide6 (LGPL v3), SQLCipher (BSD-style), OpenSSL (Apache 2.0), SQLAlchemy, Alembic, cryptography, argon2-cffi, keyring, platformdirs, matplotlib and icalendar.</source>
        <translation>فهرست نرم‌افزارهای دیگران در این نسخه از برنامه نیست. این برنامه از Qt و PySide6 (LGPL v3)، SQLCipher (از نوع BSD)، OpenSSL (Apache 2.0)، SQLAlchemy، Alembic، cryptography، argon2-cffi، keyring، platformdirs، matplotlib و icalendar استفاده می‌کند.</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../tracker/ui/settings/sharing_dialogs.py" line="-134"/>
        <source>Add a person</source>
        <translation>افزودن یک نفر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The person you add can open this journal on their own computer, with their own passphrase. Ask the person to type it themselves; you never need to know it.</source>
        <translation>کسی که می‌افزایید می‌تواند این دفترچه را روی رایانهٔ خودش و با گذرواژهٔ خودش باز کند. از او بخواهید گذرواژه را خودش بنویسد؛ شما هرگز لازم نیست آن را بدانید.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Their &amp;name:</source>
        <translation>&amp;نام او:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their &amp;passphrase:</source>
        <translation>&amp;گذرواژهٔ او:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it &amp;again:</source>
        <translation>&amp;دوباره بنویسید:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>If the name is not among the patient and carers yet, it is added as a carer, so the diary shows what they enter.</source>
        <translation>اگر این نام هنوز میان بیمار و مراقبان نیست، به‌عنوان مراقب افزوده می‌شود تا دفترچه نشان دهد او چه چیزهایی ثبت می‌کند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adding the person</source>
        <translation>در حال افزودن این فرد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;dd</source>
        <translation>&amp;افزودن</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../tracker/ui/plan/dialogs.py" line="+157"/>
        <source>Delay a cycle or dose</source>
        <translation>به تأخیر انداختن یک دوره یا نوبت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The team held a dose</source>
        <translation>تیم درمان یک نوبت را متوقف کرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team changed the dose</source>
        <translation>تیم درمان مقدار دارو را تغییر داد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a treatment break</source>
        <translation>آغاز وقفه در درمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart after a break</source>
        <translation>از سرگیری پس از وقفه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next cycle (or dose) on or after the date below moves later, and everything after it moves with it. Doses before it stay as they were.</source>
        <translation>دوره (یا نوبت) بعدیِ در تاریخ زیر یا پس از آن عقب می‌افتد و همهٔ موارد پس از آن هم با آن جابه‌جا می‌شوند. نوبت‌های پیش از آن همان‌طور می‌مانند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dose on this day stays in your record as held by the team; you will not be reminded.</source>
        <translation>نوبت این روز در پرونده‌تان به‌عنوان «متوقف‌شده به دستور تیم» می‌ماند؛ یادآوری نخواهید گرفت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the new dose exactly as your team gave it. The app never works out doses.</source>
        <translation>مقدار تازه را دقیقاً همان‌طور که تیم درمان گفته بنویسید. این برنامه هرگز مقدار دارو را حساب نمی‌کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No doses or reminders from this day until you restart.</source>
        <translation>از این روز تا از سرگیری، نه نوبتی هست و نه یادآوری‌ای.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment starts again on this day with a new cycle (day 1).</source>
        <translation>درمان در این روز با دورهٔ تازه‌ای (روز ۱) از سر گرفته می‌شود.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which drug</source>
        <translation>کدام دارو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All drugs in this line</source>
        <translation>همهٔ داروهای این خط درمان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Drug:</source>
        <translation>&amp;دارو:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the cycle starting on or after:</source>
        <translation>از دوره‌ای که در این تاریخ یا پس از آن آغاز می‌شود:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dose &amp;day:</source>
        <translation>&amp;روز نوبت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New dose &amp;from:</source>
        <translation>مقدار تازه &amp;از:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Break &amp;starts:</source>
        <translation>&amp;آغاز وقفه:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Restart on:</source>
        <translation>&amp;از سرگیری در:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 100 mg</source>
        <translation>مثلاً ۱۰۰ میلی‌گرم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay &amp;by:</source>
        <translation>&amp;مقدار تأخیر:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New d&amp;ose:</source>
        <translation>&amp;مقدار تازه:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, e.g. low neutrophils</source>
        <translation>اختیاری، مثلاً نوتروفیل پایین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why (optional):</source>
        <translation>&amp;چرا (اختیاری):</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../tracker/ui/alerts/banner.py" line="+15"/>
        <source>Show fewer alerts</source>
        <translation>نمایش هشدارهای کمتر</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Show %n more alert(s)</source>
        <translation>
            <numerusform>نمایش %n هشدار دیگر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertRules</name>
    <message>
        <location filename="../tracker/ui/alerts/rule_texts.py" line="+9"/>
        <source>A temperature of {value} during anti-cancer treatment, or within six weeks of it, can be the first sign of a serious infection.</source>
        <translation>دمای بدن {value} در دوران درمان ضدسرطان، یا تا شش هفته پس از آن، می‌تواند نخستین نشانهٔ یک عفونت جدی باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A temperature of {value}, below 36 °C, during anti-cancer treatment can also be a sign of a serious infection.</source>
        <translation>دمای بدن {value}، یعنی کمتر از ۳۶ °C، در دوران درمان ضدسرطان هم می‌تواند نشانهٔ یک عفونت جدی باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A temperature of {value} during anti-cancer treatment, or within six weeks of it, needs checking now: the UK oncology nurses&apos; triage tool treats 37.5°C or above as urgent.</source>
        <translation>دمای بدن {value} در دوران درمان ضدسرطان، یا تا شش هفته پس از آن، باید همین حالا بررسی شود: ابزار تریاژ پرستاران انکولوژی بریتانیا دمای ۳۷.۵°C یا بالاتر را فوری می‌داند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A temperature of {value} is a fever. Your team wants to know about it today.</source>
        <translation>دمای بدن {value} یعنی تب دارید. تیم درمان می‌خواهد امروز از آن باخبر شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A temperature of {value} is below 36 °C. Your team wants to know about it today.</source>
        <translation>دمای بدن {value} کمتر از ۳۶ °C است. تیم درمان می‌خواهد امروز از آن باخبر شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} rated {rating} during anti-cancer treatment can be a sign of a serious infection, even with a normal temperature.</source>
        <translation>{symptom} با ارزیابی {rating} در دوران درمان ضدسرطان، حتی با دمای بدن طبیعی، می‌تواند نشانهٔ یک عفونت جدی باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} rated {rating} on a drug that often lowers white cells can be a sign of a serious infection.</source>
        <translation>{symptom} با ارزیابی {rating}، هنگام مصرف دارویی که اغلب گلبول‌های سفید را کم می‌کند، می‌تواند نشانهٔ یک عفونت جدی باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} rated {rating} during anti-cancer treatment should be checked today.</source>
        <translation>{symptom} با ارزیابی {rating} در دوران درمان ضدسرطان باید امروز بررسی شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+18"/>
        <source>{symptom} rated {rating} should be checked today.</source>
        <translation>{symptom} با ارزیابی {rating} باید امروز بررسی شود.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Feeling unwell, rated {rating}, during anti-cancer treatment can be a sign of a serious infection, even with a normal temperature.</source>
        <translation>احساس ناخوشی با ارزیابی {rating} در دوران درمان ضدسرطان، حتی با دمای بدن طبیعی، می‌تواند نشانهٔ یک عفونت جدی باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling unwell, rated {rating}, during anti-cancer treatment should be checked today.</source>
        <translation>احساس ناخوشی با ارزیابی {rating} در دوران درمان ضدسرطان باید امروز بررسی شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling unwell, rated {rating}, should be checked today.</source>
        <translation>احساس ناخوشی با ارزیابی {rating} باید امروز بررسی شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} rated {rating} on a drug that often lowers white cells can be the start of an infection.</source>
        <translation>{symptom} با ارزیابی {rating}، هنگام مصرف دارویی که اغلب گلبول‌های سفید را کم می‌کند، می‌تواند آغاز یک عفونت باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+20"/>
        <location line="+3"/>
        <source>{symptom} rated {rating} needs help at once.</source>
        <translation>{symptom} با ارزیابی {rating} به کمک فوری نیاز دارد.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>New or ongoing {symptom}, rated {rating}, needs checking now.</source>
        <translation>{symptom}، چه تازه باشد چه ادامه‌دار، با ارزیابی {rating}، باید همین حالا بررسی شود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>{symptom} rated {rating} needs checking now.</source>
        <translation>{symptom} با ارزیابی {rating} باید همین حالا بررسی شود.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>{symptom} rated {rating} on a drug that can inflame the lungs should be checked today.</source>
        <translation>{symptom} با ارزیابی {rating}، هنگام مصرف دارویی که می‌تواند ریه‌ها را ملتهب کند، باید امروز بررسی شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} rated {rating} on a drug that can inflame the lungs needs checking now.</source>
        <translation>{symptom} با ارزیابی {rating}، هنگام مصرف دارویی که می‌تواند ریه‌ها را ملتهب کند، باید همین حالا بررسی شود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{symptom} together with weakness, numbness, or a bladder or bowel change can mean pressure on the spinal cord. It needs checking now.</source>
        <translation>{symptom} همراه با ضعف، بی‌حسی، یا تغییر در کنترل ادرار یا مدفوع ممکن است به معنای فشار بر نخاع باشد. باید همین حالا بررسی شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New {symptom}, rated {rating}, can mean pressure on the spinal cord or a change in the brain. It needs checking now.</source>
        <translation>{symptom} که تازه پیدا شده، با ارزیابی {rating}، ممکن است به معنای فشار بر نخاع یا تغییری در مغز باشد. باید همین حالا بررسی شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} rated {rating} should be checked today. Call now if it is new, getting worse or stops you walking.</source>
        <translation>{symptom} با ارزیابی {rating} باید امروز بررسی شود. اگر تازه پیدا شده، بدتر می‌شود یا نمی‌گذارد راه بروید، همین حالا تماس بگیرید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new change in bladder or bowel control, rated {rating}, can mean pressure on the spinal cord. It needs checking now.</source>
        <translation>تغییر تازه در کنترل ادرار یا مدفوع، با ارزیابی {rating}، ممکن است به معنای فشار بر نخاع باشد. باید همین حالا بررسی شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New {symptom} can be the first sign of cancer in the spine. Your team wants to hear about it today.</source>
        <translation>{symptom} که تازه پیدا شده می‌تواند نخستین نشانهٔ سرطان در ستون مهره‌ها باشد. تیم درمان می‌خواهد امروز از آن باخبر شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New {symptom}, rated {rating}, in the weeks after radiotherapy to the spine can mean pressure on the spinal cord. It needs checking now.</source>
        <translation>{symptom} که تازه پیدا شده، با ارزیابی {rating}، در هفته‌های پس از پرتودرمانی ستون مهره‌ها ممکن است به معنای فشار بر نخاع باشد. باید همین حالا بررسی شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} is getting worse in the weeks after radiotherapy to the spine. Your team wants to hear about it today, to check it is not pressure on the spinal cord.</source>
        <translation>{symptom} در هفته‌های پس از پرتودرمانی ستون مهره‌ها بدتر می‌شود. تیم درمان می‌خواهد امروز از آن باخبر شود تا بررسی کند که فشار بر نخاع نباشد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Being sick 6 or more times in 24 hours, or very severe sickness, needs checking now.</source>
        <translation>استفراغ ۶ بار یا بیشتر در ۲۴ ساعت، یا استفراغ بسیار شدید، باید همین حالا بررسی شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being sick 3 to 5 times in 24 hours, or severe sickness, should be checked today.</source>
        <translation>استفراغ ۳ تا ۵ بار در ۲۴ ساعت، یا استفراغ شدید، باید امروز بررسی شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diarrhoea 7 or more times above your normal in 24 hours needs checking now.</source>
        <translation>اسهال، ۷ بار یا بیشتر افزون بر دفعات معمول شما در ۲۴ ساعت، باید همین حالا بررسی شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diarrhoea 4 or more times above your normal in 24 hours, on a drug where diarrhoea can become serious quickly, needs checking now.</source>
        <translation>اسهال، ۴ بار یا بیشتر افزون بر دفعات معمول شما در ۲۴ ساعت، هنگام مصرف دارویی که با آن اسهال می‌تواند به‌سرعت جدی شود، باید همین حالا بررسی شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diarrhoea 4 to 6 times above your normal in 24 hours during anti-cancer treatment should be checked today.</source>
        <translation>اسهال، ۴ تا ۶ بار افزون بر دفعات معمول شما در ۲۴ ساعت، در دوران درمان ضدسرطان باید امروز بررسی شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any new diarrhoea on immunotherapy can be inflammation of the bowel and should be checked today.</source>
        <translation>هر اسهال تازه‌ای در دوران ایمونوتراپی ممکن است التهاب روده باشد و باید امروز بررسی شود.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{symptom} during anti-cancer treatment can mean low platelets and should be checked today.</source>
        <translation>{symptom} در دوران درمان ضدسرطان ممکن است به معنای پایین بودن پلاکت‌ها باشد و باید امروز بررسی شود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{symptom} rated {rating} needs checking now. It can come from infection, high calcium or a change in the brain.</source>
        <translation>{symptom} با ارزیابی {rating} باید همین حالا بررسی شود. ممکن است از عفونت، بالا بودن کلسیم یا تغییری در مغز باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} on a drug that can change the heart&apos;s rhythm needs checking now.</source>
        <translation>{symptom} هنگام مصرف دارویی که می‌تواند ریتم قلب را تغییر دهد، باید همین حالا بررسی شود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{symptom} should be checked today.</source>
        <translation>{symptom} باید امروز بررسی شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} can mean a liver problem and should be checked today.</source>
        <translation>{symptom} ممکن است به معنای مشکلی در کبد باشد و باید امروز بررسی شود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New {symptom} should be checked today.</source>
        <translation>{symptom} که تازه پیدا شده باید امروز بررسی شود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{symptom} rated {rating} can mean very high blood sugar or high calcium. It needs checking now.</source>
        <translation>{symptom} با ارزیابی {rating} ممکن است به معنای قند خون بسیار بالا یا کلسیم بالا باشد. باید همین حالا بررسی شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} on a drug that can raise blood sugar should be checked today.</source>
        <translation>{symptom} هنگام مصرف دارویی که می‌تواند قند خون را بالا ببرد، باید امروز بررسی شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} rated {rating} on a bone-strengthening drug should be checked today, in case of jaw bone damage.</source>
        <translation>{symptom} با ارزیابی {rating}، هنگام مصرف داروی تقویت‌کنندهٔ استخوان، باید امروز بررسی شود، مبادا به استخوان فک آسیب رسیده باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} on a bone-strengthening drug is worth showing your team and your dentist.</source>
        <translation>بهتر است {symptom} را هنگام مصرف داروی تقویت‌کنندهٔ استخوان به تیم درمان و دندان‌پزشکتان نشان دهید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} rated {rating} on a drug that raises the risk of blood clots should be checked today.</source>
        <translation>{symptom} با ارزیابی {rating}، هنگام مصرف دارویی که خطر لخته شدن خون را بالا می‌برد، باید امروز بررسی شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} rated {rating} during anti-cancer treatment should be checked today; there is often help for it.</source>
        <translation>{symptom} با ارزیابی {rating} در دوران درمان ضدسرطان باید امروز بررسی شود؛ اغلب راهی برای کمک به آن هست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} rated {rating}. Tell your team; there is often help for this.</source>
        <translation>{symptom} با ارزیابی {rating}. به تیم درمان بگویید؛ اغلب راهی برای کمک به آن هست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} has got worse {count} times in a row in the diary.</source>
        <translation>{symptom} در دفترچه {count} بار پشت سر هم بدتر شده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} is new in the diary. New symptoms like this are worth telling your team about.</source>
        <translation>{symptom} در دفترچه تازه است. بهتر است نشانه‌های تازه‌ای مانند این را به تیم درمان بگویید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two or more problems that each need a same-day check were logged together; together they need checking now.</source>
        <translation>دو مشکل یا بیشتر که هر کدام باید همان روز بررسی شوند با هم ثبت شده‌اند؛ این مشکل‌ها با هم باید همین حالا بررسی شوند.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../tracker/ui/app.py" line="+127"/>
        <source>Treatment Journey is already open but is not answering. Wait a minute and try again; if it still does not come forward, restart the computer. Nothing you saved is lost.</source>
        <extracomment>The socket a later start talks to is opened this long after the first window is shown, so its import (QtNetwork) does not delay the first paint.</extracomment>
        <translation>Treatment Journey از پیش باز است اما پاسخ نمی‌دهد. یک دقیقه صبر کنید و دوباره امتحان کنید؛ اگر باز هم پیش نیامد، رایانه را دوباره راه‌اندازی کنید. چیزی از آنچه ذخیره کرده‌اید از دست نمی‌رود.</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <location filename="../tracker/ui/settings/appearance_page.py" line="+46"/>
        <source>Language and appearance</source>
        <translation>زبان و ظاهر</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Reset text size and colours</source>
        <translation>&amp;بازگرداندن اندازهٔ متن و رنگ‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal text size, follow the system&apos;s light or dark setting, strong focus outline.</source>
        <translation>اندازهٔ متن معمولی، پیروی از حالت روشن یا تیرهٔ سیستم، کادر فوکوس پررنگ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as this computer ({language})</source>
        <translation>همان زبان این رایانه ({language})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Text size</source>
        <translation>اندازهٔ متن</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Size of all text, as a percentage of this computer&apos;s normal size.</source>
        <translation>اندازهٔ همهٔ متن‌ها، به درصدی از اندازهٔ معمول این رایانه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller</source>
        <translation>کوچک‌تر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger</source>
        <translation>بزرگ‌تر</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Text size:</source>
        <translation>&amp;اندازهٔ متن:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes apply at once. The sizes you set on this computer are followed too.</source>
        <translation>تغییرها بی‌درنگ اعمال می‌شوند. اندازه‌هایی که در این رایانه تنظیم کرده‌اید هم رعایت می‌شوند.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colours</source>
        <translation>رنگ‌ها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Follow this computer (light or dark)</source>
        <translation>&amp;پیروی از این رایانه (روشن یا تیره)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Li&amp;ght</source>
        <translation>&amp;روشن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;تیره</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Strong focus outline</source>
        <translation>&amp;کادر فوکوس پررنگ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easier to see where the keyboard is.</source>
        <translation>دیدن جای فوکوس صفحه‌کلید آسان‌تر می‌شود.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A strong outline makes it easier to see where the keyboard is.</source>
        <translation>کادر پررنگ دیدن جای فوکوس صفحه‌کلید را آسان‌تر می‌کند.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The new language will be used the next time you open Treatment Journey.</source>
        <translation>زبان تازه از دفعهٔ بعد که Treatment Journey را باز کنید به کار می‌رود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates and numbers follow the language you choose.</source>
        <translation>تاریخ‌ها و عددها از زبانی که برمی‌گزینید پیروی می‌کنند.</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../tracker/ui/plan/appointment_dialog.py" line="+28"/>
        <source>Edit appointment</source>
        <translation>ویرایش نوبت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New appointment</source>
        <translation>نوبت تازه</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. Day unit, level 2</source>
        <translation>مثلاً بخش درمان روزانه، طبقهٔ ۲</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;What:</source>
        <translation>&amp;چه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;hen:</source>
        <translation>&amp;کی:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;here:</source>
        <translation>&amp;کجا:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;یادداشت‌ها:</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <location filename="../tracker/ui/learn/reader.py" line="+32"/>
        <source>Explanation text</source>
        <extracomment>Characters per line we aim for: about 70 reads comfortably.</extracomment>
        <translation>متن توضیح</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ctrl+Down and Ctrl+Up move between links; Enter opens one.</source>
        <translation>Ctrl+Down و Ctrl+Up میان پیوندها جابه‌جا می‌شوند؛ Enter یکی را باز می‌کند.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../tracker/ui/backup/list_model.py" line="+19"/>
        <source>{date} at {time}</source>
        <translation>{date} ساعت {time}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Made on</source>
        <translation>تاریخ ساخت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>چگونه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Automatic</source>
        <translation>خودکار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before an update</source>
        <translation>پیش از به‌روزرسانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by you</source>
        <translation>ساختهٔ خودتان</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../tracker/ui/settings/backups_page.py" line="+68"/>
        <source>Back up now</source>
        <translation>همین حالا پشتیبان بگیر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup is one encrypted file with everything in this journal. Only your passphrase or your recovery key can open it.</source>
        <translation>نسخهٔ پشتیبان یک فایل رمزگذاری‌شده است که همهٔ محتوای این دفترچه را دارد. فقط گذرواژه یا کلید بازیابی شما آن را باز می‌کند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up now</source>
        <translation>&amp;همین حالا پشتیبان بگیر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example on a USB stick, so a copy survives if this computer is lost.</source>
        <translation>برای نمونه روی یک فلش USB، تا اگر این رایانه گم شد نسخه‌ای باقی بماند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup progress</source>
        <translation>پیشرفت پشتیبان‌گیری</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your backups</source>
        <translation>نسخه‌های پشتیبان شما</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open folder</source>
        <translation>&amp;باز کردن پوشه</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backups of this journal</source>
        <translation>نسخه‌های پشتیبان این دفترچه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backups yet. Press “Back up now” to make the first one.</source>
        <translation>هنوز پشتیبانی نیست. برای ساختن نخستین پشتیبان «همین حالا پشتیبان بگیر» را بزنید.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;بازگردانی این پشتیبان…</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Save a backup else&amp;where…</source>
        <translation>ذخیرهٔ پشتیبان در &amp;جای دیگر…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Restore from a file I &amp;saved…</source>
        <translation>بازگردانی از فایلی که &amp;ذخیره کرده‌ام…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Automatic backups</source>
        <translation>پشتیبان‌گیری خودکار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up &amp;automatically once a day when I unlock</source>
        <translation>روزی یک بار هنگام باز کردن قفل، &amp;خودکار پشتیبان بگیر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One automatic backup is kept for each of the last 7 days and for each of the last 4 weeks; older automatic ones are deleted. Backups you make yourself are never deleted automatically. A backup is also made before every update that changes how the journal is stored.</source>
        <translation>برای هر یک از ۷ روز گذشته و هر یک از ۴ هفتهٔ گذشته یک پشتیبان خودکار نگه داشته می‌شود؛ پشتیبان‌های خودکار قدیمی‌تر پاک می‌شوند. پشتیبان‌هایی که خودتان می‌سازید هرگز خودکار پاک نمی‌شوند. پیش از هر به‌روزرسانی که شیوهٔ نگهداری دفترچه را تغییر دهد هم پشتیبان گرفته می‌شود.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kept in: {folder}</source>
        <translation>محل نگهداری: {folder}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Last backup: {when}</source>
        <translation>آخرین پشتیبان: {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no backup of this journal yet.</source>
        <translation>هنوز از این دفترچه پشتیبانی گرفته نشده است.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save a backup</source>
        <translation>ذخیرهٔ پشتیبان</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+77"/>
        <source>Treatment Journey backups (*.tjbackup)</source>
        <translation>پشتیبان‌های Treatment Journey (*.tjbackup)</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Treatment Journey backup {date}.tjbackup</source>
        <translation>پشتیبان Treatment Journey {date}.tjbackup</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backing up…</source>
        <translation>در حال پشتیبان‌گیری…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backed up ({when}).</source>
        <translation>پشتیبان گرفته شد ({when}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backed up to “{file}” in {folder}.</source>
        <translation>پشتیبان در «{file}» در {folder} ذخیره شد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup cancelled. Nothing was saved.</source>
        <translation>پشتیبان‌گیری لغو شد. چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup could not be made.</source>
        <translation>پشتیبان‌گیری انجام نشد.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Restore from a file</source>
        <translation>بازگردانی از یک فایل</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The backup was restored.</source>
        <translation>پشتیبان بازگردانده شد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The journal as it was before is kept in {folder}.</source>
        <translation>دفترچه به شکل پیشینش در {folder} نگه داشته شده است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your passphrase and recovery key are the same as before.</source>
        <translation>گذرواژه و کلید بازیابی شما همان پیشین است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From now on, open it with the passphrase or recovery key it had when the backup was made.</source>
        <translation>از این به بعد، آن را با گذرواژه یا کلید بازیابی‌ای باز کنید که هنگام ساختن پشتیبان داشت.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The journal from the backup was added. Open it from the start screen (lock, then choose it in the list).</source>
        <translation>دفترچهٔ درون پشتیبان افزوده شد. آن را از صفحهٔ آغاز باز کنید (قفل کنید، سپس آن را از فهرست برگزینید).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Treatment Journey</source>
        <translation>Treatment Journey</translation>
    </message>
</context>
<context>
    <name>BugReportDialog</name>
    <message>
        <location filename="../tracker/ui/common/bug_report.py" line="+73"/>
        <source>Treatment Journey</source>
        <translation>Treatment Journey</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sorry, something went wrong</source>
        <translation>متأسفیم، مشکلی پیش آمد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This was not your fault. Everything you had already saved is still safe in your journal. If you were in the middle of typing something, please check it was saved.

If this keeps happening, you can send the technical report below to the people who make the app. It contains no diary content: only version numbers and where in the program the problem happened.</source>
        <translation>این تقصیر شما نبود. هر چه پیش‌تر ذخیره کرده بودید هنوز در دفترچه‌تان امن است. اگر در میانهٔ نوشتن چیزی بودید، لطفاً بررسی کنید که ذخیره شده باشد.

اگر این مشکل تکرار شد، می‌توانید گزارش فنی زیر را برای سازندگان برنامه بفرستید. این گزارش هیچ محتوایی از دفترچه ندارد: فقط شمارهٔ نسخه‌ها و جایی از برنامه که مشکل رخ داد.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Technical report</source>
        <translation>گزارش فنی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy report</source>
        <translation>&amp;رونوشت گزارش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save report…</source>
        <translation>&amp;ذخیرهٔ گزارش…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report was copied. You can paste it into an email.</source>
        <translation>گزارش رونوشت شد. می‌توانید آن را در یک ایمیل بچسبانید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save technical report</source>
        <translation>ذخیرهٔ گزارش فنی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt)</source>
        <translation>فایل‌های متنی (*.txt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report could not be saved there. Try another folder.</source>
        <translation>گزارش در آنجا ذخیره نشد. پوشهٔ دیگری را امتحان کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report was saved.</source>
        <translation>گزارش ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>CareTeamPage</name>
    <message>
        <location filename="../tracker/ui/settings/care_team_page.py" line="+104"/>
        <source>Care team and alerts</source>
        <translation>تیم درمان و هشدارها</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your 24-hour line</source>
        <translation>خط ۲۴ ساعتهٔ شما</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number your team gave you to call at any time, day or night, if you are unwell during treatment. It is shown with every alert.</source>
        <translation>شماره‌ای که تیم درمان به شما داده تا اگر در دوران درمان حالتان بد شد، هر ساعت از شب و روز تماس بگیرید. همراه هر هشدار نشان داده می‌شود.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For example: Oncology hotline</source>
        <translation>برای نمونه: خط تلفن انکولوژی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Line name:</source>
        <translation>&amp;نام خط:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Phone number:</source>
        <translation>&amp;شمارهٔ تلفن:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other contacts</source>
        <translation>مخاطبان دیگر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Care team contacts</source>
        <translation>مخاطبان تیم درمان</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add contact</source>
        <translation>افزودن مخاطب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove contact</source>
        <translation>برداشتن مخاطب</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Alert settings back to defaults</source>
        <translation>بازگرداندن تنظیمات هشدار به پیش‌فرض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S)</source>
        <translation>ذخیره (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When to show an alert</source>
        <translation>چه وقت هشدار نشان داده شود</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>During anti-cancer treatment, and for six weeks after it, a temperature of 37.5 °C or above always means call your 24-hour line now. This setting does not change that.</source>
        <translation>در دوران درمان ضدسرطان و تا شش هفته پس از آن، دمای بدن ۳۷.۵ °C یا بالاتر همیشه یعنی همین حالا با خط ۲۴ ساعتهٔ خود تماس بگیرید. این تنظیم آن را تغییر نمی‌دهد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This setting is for when you are not on anti-cancer treatment. The app then asks you to contact your team the same day at 38.0 °C or above; your team may ask you to do so at a lower temperature. You can only make this alert more sensitive, from 37.5 to 38.0 °C. The other warning signs are fixed: they follow national triage guidance and cannot be switched off.</source>
        <translation>این تنظیم برای زمانی است که تحت درمان ضدسرطان نیستید. در این حالت، برنامه در دمای ۳۸.۰ °C یا بالاتر از شما می‌خواهد همان روز با تیم درمان تماس بگیرید؛ ممکن است تیم درمان از شما بخواهد در دمای پایین‌تری این کار را بکنید. فقط می‌توانید این هشدار را حساس‌تر کنید، در محدودهٔ ۳۷.۵ تا ۳۸.۰ °C. نشانه‌های هشدار دیگر ثابت‌اند: از راهنمای ملی تریاژ پیروی می‌کنند و نمی‌توان آن‌ها را خاموش کرد.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not on treatment, &amp;temperature at or above:</source>
        <translation>&amp;وقتی تحت درمان نیستید، دمای بدن برابر یا بالاتر از:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Emergency number:</source>
        <translation>&amp;شمارهٔ اورژانس:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{number} (the usual number here)</source>
        <translation>{number} (شمارهٔ معمول در این کشور)</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>(that is {value} °F)</source>
        <translation>(یعنی {value} درجهٔ فارنهایت)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Alert settings are back to their defaults.</source>
        <translation>تنظیمات هشدار به پیش‌فرض بازگشت.</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <location filename="../tracker/ui/charts/view.py" line="+59"/>
        <source>Symptoms (patient-reported)</source>
        <translation>نشانه‌ها (گزارش بیمار)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature and weight</source>
        <translation>دمای بدن و وزن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tumour markers</source>
        <translation>نشانگرهای توموری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood counts</source>
        <translation>شمارش سلول‌های خون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other blood tests</source>
        <translation>آزمایش‌های خون دیگر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose calendar</source>
        <translation>تقویم نوبت‌های دارو</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Since last &amp;visit</source>
        <translation>از &amp;ویزیت پیشین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;3 months</source>
        <translation>&amp;۳ ماه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;1 year</source>
        <translation>&amp;۱ سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All</source>
        <translation>&amp;همه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No symptoms were rated in this period. Log how you feel (Ctrl+N, or &quot;How are you today?&quot; on Today) and they appear here.</source>
        <extracomment>What to log for each chart kind when the chosen period has nothing to draw.</extracomment>
        <translation>در این دوره به هیچ نشانه‌ای امتیاز داده نشده است. حالتان را ثبت کنید (Ctrl+N، یا «امروز حالتان چطور است؟» در صفحهٔ «امروز») تا اینجا نشان داده شوند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No temperature or weight in this period. Type them in the symptom form (Ctrl+N) or the Today card.</source>
        <translation>در این دوره دمای بدن یا وزنی ثبت نشده است. آن‌ها را در فرم نشانه‌ها (Ctrl+N) یا کارت «امروز» بنویسید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tumour marker results in this period. Add a blood result in the Diary (Add… → Lab result).</source>
        <translation>در این بازهٔ زمانی نتیجه‌ای برای نشانگرهای توموری نیست. نتیجهٔ آزمایش خون را در دفترچه اضافه کنید (افزودن… ← نتیجهٔ آزمایش).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No blood counts in this period. Add a blood result in the Diary (Add… → Lab result).</source>
        <translation>در این بازهٔ زمانی شمارش سلول‌های خون ثبت نشده است. نتیجهٔ آزمایش خون را در دفترچه اضافه کنید (افزودن… ← نتیجهٔ آزمایش).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No other blood tests in this period. Add a blood result in the Diary (Add… → Lab result).</source>
        <translation>در این بازهٔ زمانی آزمایش خون دیگری ثبت نشده است. نتیجهٔ آزمایش خون را در دفترچه اضافه کنید (افزودن… ← نتیجهٔ آزمایش).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Period:</source>
        <translation>بازه:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Up to eight at a time, four lines to a panel, so the lines stay readable.</source>
        <translation>حداکثر هشت تا در یک زمان، چهار خط در هر قاب، تا خط‌ها خوانا بمانند.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Chart summary</source>
        <translation>خلاصهٔ نمودار</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chart as a table</source>
        <translation>نمودار به‌صورت جدول</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Point at a dot, or click the chart and use the arrow keys, to see its value and date.</source>
        <translation>برای دیدن مقدار و تاریخ هر نقطه، نشانگر را روی آن ببرید، یا روی نمودار کلیک کنید و از کلیدهای جهت‌نما استفاده کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value of the chosen point</source>
        <translation>مقدار نقطهٔ انتخاب‌شده</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Eight symptoms at most: untick one to show another.</source>
        <translation>حداکثر هشت نشانه: برای نشان دادن نشانه‌ای دیگر، تیک یکی را بردارید.</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>No doses planned or ticked in this period. Add your treatment on the Plan page and tick doses on Today.</source>
        <translation>در این دوره هیچ نوبتی برنامه‌ریزی یا علامت زده نشده است. درمانتان را در صفحهٔ «برنامه» بیفزایید و نوبت‌ها را در «امروز» علامت بزنید.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Chart:</source>
        <extracomment>First day `data` holds (None: the whole journal). Keyboard position on the chart: (series index in the hover index, point index).</extracomment>
        <translation>&amp;نمودار:</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+232"/>
        <source>Show as &amp;table</source>
        <translation>نمایش به‌صورت &amp;جدول</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Show the same points as a table of dates and values</source>
        <translation>نمایش همین نقطه‌ها در جدولی از تاریخ‌ها و مقدارها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PNG or SVG…</source>
        <translation>ذخیره به‌صورت PNG یا SVG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this chart as a picture (Ctrl+S)</source>
        <translation>ذخیرهٔ این نمودار به‌صورت تصویر (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Symptoms to show:</source>
        <translation>&amp;نشانه‌هایی که نشان داده شوند:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Symptoms to show</source>
        <translation>نشانه‌هایی که نشان داده شوند</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Gathering your entries for the charts…</source>
        <translation>در حال گردآوری یادداشت‌هایتان برای نمودارها…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to chart yet</source>
        <translation>هنوز چیزی برای نمودار نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log symptoms for a few days and your chart appears here. Temperature, weight, blood results and the doses you tick show up here too.</source>
        <translation>چند روز نشانه‌هایتان را ثبت کنید تا نمودارتان اینجا پیدا شود. دمای بدن، وزن، نتیجه‌های آزمایش خون و نوبت‌هایی که علامت می‌زنید هم اینجا نشان داده می‌شوند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the diary</source>
        <translation>باز کردن دفترچه</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing in this period</source>
        <translation>در این دوره چیزی نیست</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Show as &amp;chart</source>
        <translation>نمایش به‌صورت &amp;نمودار</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>PNG picture (*.png)</source>
        <translation>تصویر PNG (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawing (*.svg)</source>
        <translation>طرح SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save chart</source>
        <translation>ذخیرهٔ نمودار</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved to {path}</source>
        <translation>در {path} ذخیره شد</translation>
    </message>
</context>
<context>
    <name>CheckInCard</name>
    <message>
        <location filename="../tracker/ui/today/checkin.py" line="+45"/>
        <location line="+73"/>
        <source>How are you today?</source>
        <translation>امروز حالتان چطور است؟</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&amp;Temperature:</source>
        <extracomment>The session&apos;s diary use case: its undo history is the Diary&apos;s.</extracomment>
        <translation>&amp;دمای بدن:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temperature</source>
        <translation>دمای بدن</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>More symptoms…</source>
        <translation>نشانه‌های بیشتر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the full symptom form (Ctrl+N)</source>
        <translation>باز کردن فرم کامل نشانه‌ها (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save these ratings (Ctrl+Enter)</source>
        <translation>ذخیرهٔ این امتیازها (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back what was just saved (Ctrl+Z)</source>
        <translation>برگرداندن آنچه همین حالا ذخیره شد (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>How is {name} today?</source>
        <translation>امروز حال {name} چطور است؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How is she today?</source>
        <translation>امروز حال او چطور است؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{carer}, rate what you see or what {name} tells you: 0 none to 4 very severe. Saved as entered by you (carer-reported).</source>
        <translation>{carer}، به آنچه می‌بینید یا {name} به شما می‌گوید امتیاز دهید: از ۰ (هیچ) تا ۴ (بسیار شدید). به‌عنوان ثبت‌شده به‌وسیلهٔ شما ذخیره می‌شود (گزارش مراقب).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the patient</source>
        <translation>بیمار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One click per symptom: 0 none to 4 very severe. These are your own patient-reported ratings.</source>
        <translation>برای هر نشانه یک کلیک: از ۰ (هیچ) تا ۴ (بسیار شدید). این امتیازها گزارش خود شما به‌عنوان بیمار است.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Please type the temperature as a number, for example {example}.</source>
        <translation>لطفاً دمای بدن را به‌صورت عدد بنویسید، برای نمونه {example}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a rating for at least one symptom, or type a temperature.</source>
        <translation>دست‌کم به یک نشانه امتیاز دهید، یا دمای بدن را بنویسید.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saved at {time}. It is in your diary.</source>
        <translation>ساعت {time} ذخیره شد. در دفترچه‌تان ثبت است.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Taken back: that check-in is no longer in your diary.</source>
        <translation>برگردانده شد: این ثبت حال دیگر در دفترچه‌تان نیست.</translation>
    </message>
</context>
<context>
    <name>ClinicSummaryPanel</name>
    <message>
        <location filename="../tracker/ui/reports/view.py" line="+52"/>
        <source>Clinic summary</source>
        <translation>خلاصه برای ویزیت پزشک</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A PDF to bring to your appointment. Page 1: your current treatment, what the team changed, anti-cancer doses taken, missed or not recorded, symptoms that are new or worse, and your latest blood results. Then the charts (patient-reported), the details and your questions.</source>
        <extracomment>&quot;Since the last appointment&quot; as last read (None until the first read lands).</extracomment>
        <translation>یک فایل PDF برای همراه بردن به نوبت ملاقاتتان. صفحهٔ ۱: درمان کنونی شما، آنچه تیم درمان تغییر داده، نوبت‌های داروهای ضدسرطان که مصرف شده، جا افتاده یا ثبت نشده‌اند، نشانه‌هایی که تازه‌اند یا بدتر شده‌اند، و تازه‌ترین نتیجه‌های آزمایش خون. سپس نمودارها (گزارش بیمار)، جزئیات و پرسش‌های شما.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;From:</source>
        <translation>&amp;از:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To:</source>
        <translation>&amp;تا:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Since last &amp;appointment</source>
        <translation>از &amp;نوبت پیشین</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Include</source>
        <translation>گنجاندن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My &amp;name</source>
        <translation>&amp;نام من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My date of &amp;birth (if recorded)</source>
        <translation>&amp;تاریخ تولد من (اگر ثبت شده باشد)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diagnosis details (if recorded)</source>
        <translation>جزئیات &amp;تشخیص (اگر ثبت شده باشد)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;questions for the team</source>
        <translation>&amp;پرسش‌های من برای تیم درمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My notes from this &amp;period</source>
        <translation>&amp;یادداشت‌های من در این دوره</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Make clinic summary…</source>
        <translation>&amp;ساختن خلاصه برای ویزیت…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clinic summary progress</source>
        <translation>پیشرفت ساختن خلاصه</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open it</source>
        <translation>باز کردن فایل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the folder</source>
        <translation>نمایش پوشه</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PDF is not encrypted. Keep it somewhere private and delete it when you no longer need it.</source>
        <translation>فایل PDF رمزگذاری نشده است. آن را جایی خصوصی نگه دارید و وقتی دیگر لازم نیست پاکش کنید.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>clinic-summary-{date}.pdf</source>
        <translation>clinic-summary-{date}.pdf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save clinic summary</source>
        <translation>ذخیرهٔ خلاصه برای ویزیت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The start date is after the end date.</source>
        <translation>تاریخ آغاز پس از تاریخ پایان است.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Making your clinic summary…</source>
        <translation>در حال ساختن خلاصه برای ویزیت…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved to {path}.</source>
        <translation>در {path} ذخیره شد.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelled. No PDF was saved.</source>
        <translation>لغو شد. هیچ PDFی ذخیره نشد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clinic summary was not made.</source>
        <translation>خلاصه برای ویزیت ساخته نشد.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../tracker/ui/settings/care_team_page.py" line="-231"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
</context>
<context>
    <name>CreateJournalWizard</name>
    <message>
        <location filename="../tracker/ui/wizard/wizard.py" line="+28"/>
        <location line="+121"/>
        <source>Treatment Journey</source>
        <translation>Treatment Journey</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>&amp;Open my journal</source>
        <translation>&amp;باز کردن دفترچه‌ام</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Also remind me before I unlock my journal</source>
        <translation>پیش از باز کردن قفل دفترچه هم به من یادآوری کن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This keeps your reminder times in a small file on this computer. It shows only that something is due at those times: no drug names, no doses. You can change this in Settings → Reminders.</source>
        <translation>با این گزینه، ساعت‌های یادآوری شما در فایل کوچکی روی این رایانه نگه داشته می‌شود. این فایل فقط نشان می‌دهد که در آن ساعت‌ها نوبت چیزی است: نه نام دارویی، نه مقدار دارویی. می‌توانید این را در تنظیمات ← یادآوری‌ها تغییر دهید.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Your journal has been created, but this recovery key will not be shown again. Close without keeping it?</source>
        <translation>دفترچهٔ شما ساخته شد، اما این کلید بازیابی دیگر نشان داده نمی‌شود. بدون نگه داشتن آن می‌بندید؟</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../tracker/render/csv_words.py" line="+16"/>
        <source>Date and time</source>
        <translation>تاریخ و ساعت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptom</source>
        <translation>نشانه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity (0-4, patient-reported)</source>
        <translation>شدت (۰ تا ۴، گزارش بیمار)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often (0-4, patient-reported)</source>
        <translation>چند وقت یک بار (۰ تا ۴، گزارش بیمار)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effect on daily life (0-4, patient-reported)</source>
        <translation>اثر بر کارهای روزانه (۰ تا ۴، گزارش بیمار)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>محل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by</source>
        <translation>ثبت‌شده به‌وسیلهٔ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measurement</source>
        <translation>اندازه‌گیری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date taken</source>
        <translation>تاریخ آزمایش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <translation>آزمایش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference range low</source>
        <translation>محدودهٔ مرجع، حد پایین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference range high</source>
        <translation>محدودهٔ مرجع، حد بالا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned day</source>
        <translation>روز برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose of the day</source>
        <translation>شمارهٔ نوبت در روز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicine</source>
        <translation>دارو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>چه شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded at</source>
        <translation>زمان ثبت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>مکان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>خط درمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>پایان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for ending</source>
        <translation>دلیل پایان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicines</source>
        <translation>داروها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written on</source>
        <translation>زمان نوشتن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked</source>
        <translation>پرسیده شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>پاسخ داده شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan</source>
        <translation>تصویربرداری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result summary</source>
        <translation>خلاصهٔ نتیجه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>مصرف شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>جا افتاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>رد شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by the team</source>
        <translation>به دستور تیم درمان متوقف شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancer grew (progression)</source>
        <translation>سرطان پیشرفت کرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side effects</source>
        <translation>عوارض جانبی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>دوره کامل شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own choice</source>
        <translation>انتخاب بیمار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>دمای بدن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>وزن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic visit</source>
        <translation>نوبت درمانگاه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood test</source>
        <translation>آزمایش خون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infusion</source>
        <translation>تزریق وریدی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>روز نخست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>روز آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment days</source>
        <translation>روزهای درمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where in the body</source>
        <translation>کجای بدن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aim</source>
        <translation>هدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose and fractions (as the letter says)</source>
        <translation>دوز و تعداد جلسه‌ها (همان‌طور که در نامه آمده)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radiotherapy</source>
        <translation>پرتودرمانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure or operation</source>
        <translation>اقدام درمانی یا عمل جراحی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stereotactic radiotherapy</source>
        <translation>پرتودرمانی استریوتاکتیک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surgery</source>
        <translation>جراحی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pleural drain</source>
        <translation>درن پلور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ascitic drain</source>
        <translation>درن آسیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertebroplasty</source>
        <translation>ورتبروپلاستی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ablation</source>
        <translation>ابلیشن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other procedure</source>
        <translation>اقدام درمانی دیگر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>خیر</translation>
    </message>
</context>
<context>
    <name>DiagnosisPage</name>
    <message>
        <location filename="../tracker/ui/settings/diagnosis_page.py" line="+67"/>
        <source>About my diagnosis</source>
        <extracomment>A date edit at this value shows &quot;Not recorded&quot;. What was stored before the last save, for Undo (one step). What the form showed when last loaded or saved (unsaved edits differ from it).</extracomment>
        <translation>دربارهٔ تشخیص من</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record only what you want to. Everything here is optional, and you can change or clear it at any time. The app only keeps these facts for you; it never uses them to suggest treatment.</source>
        <translation>فقط آنچه را می‌خواهید ثبت کنید. همه چیز در اینجا اختیاری است و هر وقت بخواهید می‌توانید تغییرش دهید یا پاکش کنید. برنامه این اطلاعات را فقط برای شما نگه می‌دارد؛ هرگز از آن‌ها برای پیشنهاد درمان استفاده نمی‌کند.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Receptor status</source>
        <extracomment>What is turned off while the form is read or saved (each field keeps its own state).</extracomment>
        <translation>وضعیت گیرنده‌ها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These are on your pathology report. Choose “Not known” if you are not sure.</source>
        <translation>این‌ها در گزارش پاتولوژی شما آمده‌اند. اگر مطمئن نیستید «نامعلوم» را برگزینید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not known</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+174"/>
        <source>Positive</source>
        <translation>مثبت</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+173"/>
        <source>Negative</source>
        <translation>منفی</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+174"/>
        <source>HER2-low</source>
        <translation>HER2 پایین</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>E&amp;R (oestrogen receptor):</source>
        <translation>&amp;ER (گیرندهٔ استروژن):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PR (progesterone receptor):</source>
        <translation>&amp;PR (گیرندهٔ پروژسترون):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HER&amp;2:</source>
        <translation>HER&amp;2:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What do these results mean?</source>
        <translation>این نتیجه‌ها چه معنایی دارند؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the cancer has spread</source>
        <translation>سرطان به کجا گسترش یافته است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;one</source>
        <translation>&amp;استخوان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L&amp;iver</source>
        <translation>&amp;کبد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lun&amp;g</source>
        <translation>&amp;ریه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Br&amp;ain</source>
        <translation>&amp;مغز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;kin</source>
        <translation>&amp;پوست</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L&amp;ymph nodes</source>
        <translation>&amp;غدد لنفاوی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;ther</source>
        <translation>&amp;دیگر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spread to: {site}</source>
        <translation>گسترش به: {site}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What is secondary breast cancer?</source>
        <translation>سرطان پستان ثانویه چیست؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key dates</source>
        <translation>تاریخ‌های مهم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick a date to record it. An unticked date is not recorded.</source>
        <translation>برای ثبت یک تاریخ تیکش بزنید. تاریخِ بدون تیک ثبت نمی‌شود.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First &amp;diagnosis:</source>
        <translation>&amp;نخستین تشخیص:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;condary diagnosis:</source>
        <translation>تشخیص &amp;ثانویه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;birth:</source>
        <translation>&amp;تاریخ تولد:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not recorded</source>
        <translation>ثبت نشده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record {date}</source>
        <translation>ثبت {date}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Notes, for example genetic results such as BRCA, PIK3CA or ESR1 if you know them:</source>
        <translation>&amp;یادداشت‌ها، برای نمونه نتیجه‌های ژنتیکی مانند BRCA، PIK3CA یا ESR1 اگر آن‌ها را می‌دانید:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes about my diagnosis</source>
        <translation>یادداشت‌هایی دربارهٔ تشخیص من</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Include in the clinic su&amp;mmary</source>
        <translation>گنجاندن در &amp;خلاصهٔ ویزیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include these facts in the clinic summary</source>
        <translation>گنجاندن این اطلاعات در خلاصهٔ ویزیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These facts are shown in the clinic summary only if you tick this. Your date of birth is shown only if you also choose it when making the summary.</source>
        <translation>این اطلاعات فقط اگر این گزینه را تیک بزنید در خلاصهٔ ویزیت می‌آیند. تاریخ تولدتان فقط وقتی نشان داده می‌شود که هنگام ساختن خلاصه آن را هم برگزینید.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Undo last save</source>
        <translation>&amp;واگرد آخرین ذخیره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo last save</source>
        <translation>واگرد آخرین ذخیره</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S)</source>
        <translation>ذخیره (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>ER (oestrogen receptor)</source>
        <translation>ER (گیرندهٔ استروژن)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PR (progesterone receptor)</source>
        <translation>PR (گیرندهٔ پروژسترون)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HER2</source>
        <translation>HER2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread to</source>
        <translation>گسترش به</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First diagnosis</source>
        <translation>نخستین تشخیص</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secondary diagnosis</source>
        <translation>تشخیص ثانویه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not saved: please check the field marked in red.</source>
        <translation>ذخیره نشد: لطفاً فیلدی را که با قرمز مشخص شده بررسی کنید.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your last save was undone.</source>
        <translation>آخرین ذخیرهٔ شما واگرد شد.</translation>
    </message>
</context>
<context>
    <name>DiaryKinds</name>
    <message>
        <location filename="../tracker/ui/diary/wording.py" line="+32"/>
        <source>Symptoms</source>
        <translation>نشانه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab result</source>
        <translation>نتیجهٔ آزمایش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan</source>
        <translation>تصویربرداری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose</source>
        <translation>نوبت دارو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment</source>
        <translation>نوبت</translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <location filename="../tracker/ui/diary/view.py" line="+47"/>
        <location line="+59"/>
        <source>Log symptoms</source>
        <translation>ثبت نشانه‌ها</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Log how you feel (Ctrl+N)</source>
        <translation>ثبت حال امروزتان (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly check-in</source>
        <translation>بررسی هفتگی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate the past 7 days (Ctrl+K)</source>
        <translation>ارزیابی ۷ روز گذشته (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lab result</source>
        <translation>نتیجهٔ آزمایش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan</source>
        <translation>تصویربرداری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question for your next appointment</source>
        <translation>پرسش برای نوبت بعدی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+117"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Undo: {action} (Ctrl+Z)</source>
        <translation>واگرد: {action} (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>&amp;Other version…</source>
        <translation>&amp;نسخهٔ دیگر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entry was changed on two computers: see the earlier version</source>
        <translation>این مورد در دو رایانه تغییر کرده است: نسخهٔ پیشین را ببینید</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Diary entries, newest first</source>
        <translation>یادداشت‌های دفترچه، تازه‌ترین‌ها نخست</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing in your diary yet</source>
        <translation>هنوز چیزی در دفترچه‌تان نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log how you feel today: it takes less than a minute. Doses you tick in your plan, lab results, scans, notes and questions for your next appointment will appear here too.</source>
        <translation>حال امروزتان را ثبت کنید: کمتر از یک دقیقه طول می‌کشد. نوبت‌های دارویی که در برنامه علامت می‌زنید، نتیجه‌های آزمایش، تصویربرداری‌ها، یادداشت‌ها و پرسش‌های نوبت بعدی هم اینجا نشان داده می‌شوند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No entries match these filters</source>
        <translation>هیچ یادداشتی با این پالایه‌ها جور نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the filters above, or clear them to see everything.</source>
        <translation>پالایه‌های بالا را تغییر دهید یا پاکشان کنید تا همه چیز را ببینید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>پاک کردن پالایه‌ها</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Add a lab result (Diary)</source>
        <extracomment>(selected item, scroll position) to keep when the refresh under way lands. What an action says once the list shows its result (&quot;Deleted. … Ctrl+Z to undo.&quot;), and the history step it speaks of: not said if the journal refused that step.</extracomment>
        <translation>افزودن نتیجهٔ آزمایش (دفترچه)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a question for your next appointment (Diary)</source>
        <translation>افزودن پرسش برای نوبت بعدی (دفترچه)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Restore</source>
        <translation>بازگرداندن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed on two computers before they synced: the later change is shown. “Other version…” shows the earlier one.</source>
        <translation>پیش از همگام‌سازی، در دو رایانه تغییر کرده است: تغییری که دیرتر انجام شده نشان داده می‌شود. «نسخهٔ دیگر…» نسخهٔ پیشین را نشان می‌دهد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Doses and appointments are changed in Plan; Edit opens it.</source>
        <translation>نوبت‌های دارو و وقت‌های ملاقات در «برنامه» تغییر می‌کنند؛ «ویرایش» آن را باز می‌کند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This entry was deleted. It stays in your history; Restore brings it back.</source>
        <translation>این یادداشت حذف شده است. در تاریخچه می‌ماند؛ «بازگرداندن» آن را برمی‌گرداند.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Restored. Press Ctrl+Z to undo.</source>
        <translation>بازگردانده شد. برای واگرد Ctrl+Z را بزنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted. It stays in your history. Press Ctrl+Z to undo.</source>
        <translation>حذف شد. در تاریخچه می‌ماند. برای واگرد Ctrl+Z را بزنید.</translation>
    </message>
</context>
<context>
    <name>DrugDialog</name>
    <message>
        <location filename="../tracker/ui/plan/drug_dialog.py" line="+74"/>
        <source>Edit a drug in the plan</source>
        <extracomment>For edits: &quot;from_now_on&quot; or &quot;correct&quot;, and the date the change applies from.</extracomment>
        <translation>ویرایش دارویی در برنامه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a drug to the plan</source>
        <translation>افزودن دارو به برنامه</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type a generic or brand name, e.g. letrozole or Femara</source>
        <translation>نام عمومی یا تجاری را بنویسید، مثلاً لتروزول یا فمارا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Drug:</source>
        <translation>&amp;دارو:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Common schedules for this drug</source>
        <translation>برنامه‌های رایج این دارو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common &amp;schedules:</source>
        <translation>&amp;برنامه‌های رایج:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exactly as on your plan, e.g. 125 mg</source>
        <translation>دقیقاً همان‌طور که در برنامهٔ درمان آمده، مثلاً ۱۲۵ میلی‌گرم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ose (from your plan):</source>
        <translation>&amp;مقدار (از برنامهٔ درمان):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;How it is given:</source>
        <translation>&amp;روش مصرف:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;First day:</source>
        <translation>&amp;روز نخست:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once on each dose day</source>
        <translation>یک بار در هر روز مصرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twice on each dose day</source>
        <translation>دو بار در هر روز مصرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times on a dose day</source>
        <translation>چند بار در یک روز مصرف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First time of day</source>
        <translation>نخستین ساعت روز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second time of day</source>
        <translation>دومین ساعت روز</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reminder times:</source>
        <translation>ساعت‌های یادآوری:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Repeats:</source>
        <translation>&amp;تکرار:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Until the team stops it</source>
        <translation>تا وقتی تیم درمان قطعش کند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of cycles or doses</source>
        <translation>شمار دوره‌ها یا نوبت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of c&amp;ycles or doses:</source>
        <translation>شمار &amp;دوره‌ها یا نوبت‌ها:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the plan</source>
        <translation>برنامه را بررسی کنید</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What kind of change is this?</source>
        <translation>این چه نوع تغییری است؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From now on — the team changed the plan (what happened before stays as it was)</source>
        <translation>از این به بعد — تیم درمان برنامه را تغییر داد (آنچه پیش‌تر بوده همان‌طور می‌ماند)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the past — it was entered wrongly (past dates change too)</source>
        <translation>اصلاح گذشته — اشتباه وارد شده بود (تاریخ‌های گذشته هم تغییر می‌کنند)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change applies from</source>
        <translation>تغییر از این تاریخ اعمال می‌شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies from the first cycle or dose on or after:</source>
        <translation>از نخستین دوره یا نوبتِ در این تاریخ یا پس از آن اعمال می‌شود:</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+4"/>
        <source>Not in the app&apos;s list: it will be saved with the name you typed.</source>
        <translation>در فهرست برنامه نیست: با همان نامی که نوشتید ذخیره می‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: set the schedule below</source>
        <translation>هیچ‌کدام: برنامه را در پایین تنظیم کنید</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is {name}?</source>
        <translation>{name} چیست؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one to fill in the schedule…</source>
        <translation>یکی را برگزینید تا برنامه پر شود…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Next dates: {dates}</source>
        <translation>تاریخ‌های بعدی: {dates}</translation>
    </message>
</context>
<context>
    <name>EndLineDialog</name>
    <message>
        <location filename="../tracker/ui/plan/dialogs.py" line="+19"/>
        <source>End this line of treatment</source>
        <translation>پایان دادن به این خط درمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The line and its reminders stop after the last day. Everything recorded stays.</source>
        <translation>این خط درمان و یادآوری‌هایش پس از روز آخر متوقف می‌شوند. هر چه ثبت شده می‌ماند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>برگزینید…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Last day of treatment:</source>
        <translation>&amp;آخرین روز درمان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why it ended:</source>
        <translation>&amp;چرا پایان یافت:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../tracker/ui/common/errors.py" line="+75"/>
        <source>Treatment Journey</source>
        <extracomment>Messages shown without a parent: kept here while open (nothing else holds them), dropped on close.</extracomment>
        <translation>Treatment Journey</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../tracker/ui/reports/export_panel.py" line="+122"/>
        <source>Export your information</source>
        <translation>خروجی گرفتن از اطلاعات شما</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported files are not encrypted: anyone who can open them can read them. Keep them somewhere safe and delete them when you no longer need them.</source>
        <translation>فایل‌های خروجی رمزگذاری نشده‌اند: هر کس بتواند بازشان کند می‌تواند آن‌ها را بخواند. آن‌ها را جایی امن نگه دارید و وقتی دیگر لازم نیستند پاکشان کنید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Only include from</source>
        <translation>&amp;فقط از تاریخ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day to include</source>
        <translation>نخستین روزی که گنجانده می‌شود</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day to include</source>
        <translation>آخرین روزی که گنجانده می‌شود</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The dates apply to the spreadsheet and health record files. The complete data file always holds everything; the calendar covers the next year.</source>
        <translation>این تاریخ‌ها برای فایل‌های صفحه‌گسترده و پروندهٔ سلامت به کار می‌روند. فایل دادهٔ کامل همیشه همه چیز را دارد؛ تقویم یک سال آینده را در بر می‌گیرد.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export progress</source>
        <translation>پیشرفت خروجی گرفتن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show in folder</source>
        <translation>نمایش در پوشه</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import a JSON export as a new journal…</source>
        <translation>&amp;وارد کردن خروجی JSON به‌عنوان دفترچهٔ تازه…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes a separate journal from a complete data file. Your current journal is not changed.</source>
        <translation>از یک فایل دادهٔ کامل، دفترچه‌ای جداگانه می‌سازد. دفترچهٔ کنونی شما تغییری نمی‌کند.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file will not be encrypted</source>
        <translation>این فایل رمزگذاری نخواهد شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export anyway?</source>
        <translation>با این حال خروجی گرفته شود؟</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import a JSON export</source>
        <translation>وارد کردن خروجی JSON</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>That folder does not exist any more. Choose another place.</source>
        <translation>آن پوشه دیگر وجود ندارد. جای دیگری برگزینید.</translation>
    </message>
    <message>
        <location filename="../tracker/ui/i18n_extra.py" line="+188"/>
        <source>&amp;Spreadsheet files (CSV)…</source>
        <translation>فایل‌های &amp;صفحه‌گسترده (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One file per kind of record, in a zip. Opens in Excel, LibreOffice or Numbers.</source>
        <translation>برای هر نوع داده یک فایل، درون یک فایل zip. در Excel، LibreOffice یا Numbers باز می‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment Journey spreadsheets</source>
        <translation>صفحه‌گسترده‌های Treatment Journey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zip files (*.zip)</source>
        <translation>فایل‌های zip (*.zip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Complete data file (JSON)…</source>
        <translation>فایل دادهٔ &amp;کامل (JSON)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything in the journal, for moving to another computer. It can be imported again as a new journal.</source>
        <translation>همهٔ محتوای دفترچه، برای بردن به رایانه‌ای دیگر. می‌توان آن را دوباره به‌عنوان دفترچهٔ تازه وارد کرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment Journey data</source>
        <translation>داده‌های Treatment Journey</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../tracker/ui/reports/export_panel.py" line="-33"/>
        <source>JSON files (*.json)</source>
        <translation>فایل‌های JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health record for &amp;patient portals (FHIR)…</source>
        <translation>پروندهٔ سلامت برای &amp;درگاه‌های بیمار (FHIR)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calenda&amp;r (.ics)…</source>
        <translation>&amp;تقویم (.ics)…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Medicines, test results and your symptom ratings in the FHIR R4 format some patient portals accept.</source>
        <translation>داروها، نتیجه‌های آزمایش و ارزیابی نشانه‌هایتان در قالب FHIR R4 که برخی درگاه‌های بیمار می‌پذیرند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment Journey health record</source>
        <translation>پروندهٔ سلامت Treatment Journey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FHIR JSON files (*.json)</source>
        <translation>فایل‌های FHIR JSON (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned doses and appointments for the next year, for the calendar on your phone or computer.</source>
        <translation>نوبت‌های دارو و ملاقات‌های برنامه‌ریزی‌شدهٔ یک سال آینده، برای تقویم گوشی یا رایانه‌تان.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment Journey calendar</source>
        <translation>تقویم Treatment Journey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>فایل‌های تقویم (*.ics)</translation>
    </message>
    <message>
        <location filename="../tracker/ui/reports/export_panel.py" line="+51"/>
        <source>Working…</source>
        <translation>در حال انجام…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved “{file}” in {folder}. It is not encrypted.</source>
        <translation>«{file}» در {folder} ذخیره شد. رمزگذاری نشده است.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled. Nothing was saved.</source>
        <translation>لغو شد. چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That could not be done.</source>
        <translation>این کار انجام نشد.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The file could not be imported. Nothing was changed.</source>
        <translation>فایل وارد نشد. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The new journal “{name}” was made. Open it from the start screen.</source>
        <translation>دفترچهٔ تازهٔ «{name}» ساخته شد. آن را از صفحهٔ آغاز باز کنید.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Treatment Journey</source>
        <translation>Treatment Journey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the new journal now? This journal will be closed; you can open it again from the start screen.</source>
        <translation>دفترچهٔ تازه همین حالا باز شود؟ این دفترچه بسته می‌شود؛ می‌توانید دوباره از صفحهٔ آغاز بازش کنید.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../tracker/ui/diary/filter_bar.py" line="+28"/>
        <source>Everything</source>
        <translation>همه چیز</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any symptom</source>
        <translation>هر نشانه‌ای</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;From</source>
        <translation>&amp;از</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To</source>
        <translation>&amp;تا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;deleted</source>
        <translation>نمایش &amp;حذف‌شده‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>پاک کردن پالایه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>&amp;نمایش:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of entry</source>
        <translation>نوع یادداشت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Symptom</source>
        <translation>نشانه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by</source>
        <translation>ثبت‌شده به‌وسیلهٔ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From date</source>
        <translation>از تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>تا تاریخ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Anyone</source>
        <translation>هر کس</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../tracker/ui/backup/import_dialog.py" line="+31"/>
        <source>Import as a new journal</source>
        <extracomment>(name, passphrase)</extracomment>
        <translation>وارد کردن به‌عنوان دفترچهٔ تازه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” will become a new, separate journal, encrypted with the passphrase you choose here. Your current journal is not changed.</source>
        <translation>«{file}» به دفترچه‌ای تازه و جداگانه تبدیل می‌شود که با گذرواژه‌ای که اینجا برمی‌گزینید رمزگذاری می‌شود. دفترچهٔ کنونی شما تغییری نمی‌کند.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave empty to use the name saved in the file</source>
        <translation>خالی بگذارید تا نام ذخیره‌شده در فایل به کار رود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name or nickname:</source>
        <translation>&amp;نام یا نام مستعار:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;passphrase:</source>
        <translation>&amp;گذرواژهٔ تازه:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type it &amp;again:</source>
        <translation>&amp;دوباره بنویسید:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing</source>
        <translation>در حال وارد کردن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>&amp;وارد کردن</translation>
    </message>
</context>
<context>
    <name>ImportedKeyDialog</name>
    <message>
        <location filename="../tracker/ui/backup/recovery_key_dialog.py" line="+17"/>
        <source>Import finished</source>
        <translation>وارد کردن تمام شد</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The new journal “{name}” was made with %n record(s) from the file.</source>
        <translation>
            <numerusform>دفترچهٔ تازهٔ «{name}» با %n مورد از فایل ساخته شد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the new journal&apos;s recovery key. It opens the journal if you forget the passphrase. It will not be shown again: print it or save it, and keep it somewhere safe.</source>
        <translation>این کلید بازیابی دفترچهٔ تازه است. اگر گذرواژه را فراموش کنید، دفترچه را باز می‌کند. دوباره نشان داده نمی‌شود: آن را چاپ یا ذخیره کنید و جایی امن نگه دارید.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Treatment Journey</source>
        <translation>Treatment Journey</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This key will not be shown again. Close without keeping it?</source>
        <translation>این کلید دوباره نشان داده نمی‌شود. بدون نگه داشتنش می‌بندید؟</translation>
    </message>
</context>
<context>
    <name>JoinSharedDialog</name>
    <message>
        <location filename="../tracker/ui/unlock/join_dialog.py" line="+43"/>
        <source>Open a shared journal</source>
        <translation>باز کردن دفترچهٔ مشترک</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Someone shared their journal with you through a synced folder (Syncthing, Nextcloud, Dropbox, OneDrive) or a USB stick. Choose that folder as it is on this computer, and type your own passphrase: the one you typed on their computer when they added you.</source>
        <translation>کسی دفترچه‌اش را از راه یک پوشهٔ همگام‌شده (Syncthing، Nextcloud، Dropbox، OneDrive) یا یک فلش USB با شما به اشتراک گذاشته است. همان پوشه را آن‌طور که روی این رایانه است برگزینید و گذرواژهٔ خودتان را بنویسید: همان که وقتی شما را افزود، روی رایانهٔ او نوشتید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shared folder</source>
        <translation>پوشهٔ مشترک</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The journal is copied to this computer and opens with the same passphrase here. Its changes and yours then travel through the folder, encrypted.</source>
        <translation>دفترچه روی این رایانه رونوشت می‌شود و اینجا هم با همان گذرواژه باز می‌شود. از آن پس تغییرهای آن و تغییرهای شما، رمزگذاری‌شده، از راه این پوشه جابه‌جا می‌شوند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening the shared journal</source>
        <translation>در حال باز کردن دفترچهٔ مشترک</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open</source>
        <translation>&amp;باز کردن</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose the shared folder first.</source>
        <translation>نخست پوشهٔ مشترک را برگزینید.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Stopped. Nothing was made on this computer.</source>
        <translation>متوقف شد. چیزی روی این رایانه ساخته نشد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That passphrase does not open this shared journal. Type the passphrase you chose when you were added on the other computer, and check Caps Lock.</source>
        <translation>این گذرواژه این دفترچهٔ مشترک را باز نمی‌کند. گذرواژه‌ای را بنویسید که هنگام افزوده شدنتان روی رایانهٔ دیگر برگزیدید، و کلید Caps Lock را بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>JoinedKeyDialog</name>
    <message>
        <location line="+24"/>
        <source>Your recovery key</source>
        <translation>کلید بازیابی شما</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The shared journal is now on this computer. This is its recovery key here: it opens the journal on this computer if you forget your passphrase. It will not be shown again: print it or save it, and keep it somewhere safe.</source>
        <translation>دفترچهٔ مشترک اکنون روی این رایانه است. این کلید بازیابی آن در اینجاست: اگر گذرواژه‌تان را فراموش کنید، دفترچه را روی این رایانه باز می‌کند. دوباره نشان داده نمی‌شود: آن را چاپ یا ذخیره کنید و جایی امن نگه دارید.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open my journal</source>
        <translation>&amp;باز کردن دفترچه‌ام</translation>
    </message>
</context>
<context>
    <name>JournalListModel</name>
    <message>
        <location filename="../tracker/ui/unlock/model.py" line="+39"/>
        <source>Journal {id} (its key file needs attention)</source>
        <translation>دفترچهٔ {id} (فایل کلیدش نیاز به رسیدگی دارد)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file of this journal is missing or damaged.</source>
        <translation>فایل کلید این دفترچه گم شده یا آسیب دیده است.</translation>
    </message>
</context>
<context>
    <name>KnownError</name>
    <message>
        <location filename="../tracker/ui/i18n_extra.py" line="-191"/>
        <source>There are several journals here; choose one with --journal.</source>
        <translation>اینجا چند دفترچه هست؛ یکی را با ‎--journal برگزینید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no journal in this folder yet.</source>
        <translation>هنوز دفترچه‌ای در این پوشه نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--from must be on or before --to.</source>
        <translation>‎--from باید همان روزِ ‎--to یا پیش از آن باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A JSON export is always complete, so it can be imported again; leave out --from and --to.</source>
        <translation>خروجی JSON همیشه کامل است تا بتوان دوباره واردش کرد؛ ‎--from و ‎--to را کنار بگذارید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A calendar export always holds the planned doses and appointments from today for a year; leave out --from and --to.</source>
        <translation>خروجی تقویم همیشه نوبت‌های برنامه‌ریزی‌شدهٔ دارو و نوبت‌های ملاقات را از امروز تا یک سال دربر دارد؛ ‎--from و ‎--to را کنار بگذارید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--lang applies to the pdf and csv formats only.</source>
        <translation>‎--lang فقط برای قالب‌های pdf و csv به کار می‌رود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--machine-headers applies to the csv format only.</source>
        <translation>‎--machine-headers فقط برای قالب csv به کار می‌رود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The alert rules that come with the app could not be read, so alerts cannot be checked. Please reinstall the app.</source>
        <translation>قواعد هشداری که همراه برنامه هستند خوانده نشدند، پس برنامه نمی‌تواند هشدارها را بررسی کند. لطفاً برنامه را دوباره نصب کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose sites of spread from the list.</source>
        <translation>محل‌های گسترش را از فهرست برگزینید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This date of birth is more than 120 years ago. Check the year.</source>
        <translation>این تاریخ تولد بیش از ۱۲۰ سال پیش است. سال را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secondary diagnosis date is before the first diagnosis. Check both dates.</source>
        <translation>تاریخ تشخیص ثانویه پیش از نخستین تشخیص است. هر دو تاریخ را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These notes are too long. Keep them under 4,000 characters.</source>
        <translation>این یادداشت‌ها خیلی بلندند. کمتر از ۴۰۰۰ نویسه نگهشان دارید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the listed receptor results.</source>
        <translation>یکی از نتیجه‌های گیرندهٔ فهرست‌شده را برگزینید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter this date as a day, month and year.</source>
        <translation>این تاریخ را به‌صورت روز، ماه و سال وارد کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This date is in the future. Check the day, month and year.</source>
        <translation>این تاریخ در آینده است. روز، ماه و سال را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This date is before the date of birth. Check the year.</source>
        <translation>این تاریخ پیش از تاریخ تولد است. سال را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong.</source>
        <translation>مشکلی پیش آمد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That passphrase does not open this journal. Nothing was changed. Check Caps Lock and try again.</source>
        <translation>این گذرواژه این دفترچه را باز نمی‌کند. چیزی تغییر نکرد. کلید Caps Lock را بررسی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That recovery key does not open this journal. Check each group of letters and try again.</source>
        <translation>این کلید بازیابی این دفترچه را باز نمی‌کند. هر گروه از حرف‌ها را بررسی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This journal file is damaged and cannot be opened. Your passphrase was right. You can restore the newest backup.</source>
        <translation>فایل این دفترچه آسیب دیده و باز نمی‌شود. گذرواژهٔ شما درست بود. می‌توانید تازه‌ترین پشتیبان را بازگردانید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your journal now has its new keys, but some older copies in its folder could not be re-locked: the computer could not write there (the disk may be full). They still open with the old passphrase and recovery key: delete them from the backups folder, or use New keys again once there is room.</source>
        <translation>دفترچهٔ شما اکنون کلیدهای تازه‌اش را دارد، اما برخی نسخه‌های قدیمی‌تر در پوشه‌اش را نمی‌شد دوباره قفل کرد: رایانه نتوانست در آنجا بنویسد (شاید دیسک پر باشد). آن‌ها هنوز با گذرواژه و کلید بازیابی پیشین باز می‌شوند: آن‌ها را از پوشهٔ پشتیبان‌ها پاک کنید، یا وقتی جا باز شد دوباره از «کلیدهای تازه» استفاده کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file that goes with this journal is missing. If you have a backup, restore it; the key file is inside every backup.</source>
        <translation>فایل کلیدی که همراه این دفترچه است گم شده است. اگر پشتیبان دارید، آن را بازگردانید؛ فایل کلید درون هر پشتیبان هست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file that goes with this journal is damaged and its spare copy could not be used. Restore the newest backup to get it back.</source>
        <translation>فایل کلید این دفترچه آسیب دیده و نسخهٔ یدکی‌اش هم قابل استفاده نبود. برای بازگرداندنش تازه‌ترین پشتیبان را بازگردانید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This journal was saved by a newer version of Treatment Journey. Please update the app to open it. The journal was not changed.</source>
        <translation>این دفترچه با نسخهٔ تازه‌تری از Treatment Journey ذخیره شده است. برای باز کردنش برنامه را به‌روز کنید. دفترچه تغییری نکرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full, so this could not be saved. Free some space and try again. Nothing already saved was lost.</source>
        <translation>دیسک پر است، پس این ذخیره نشد. کمی فضا آزاد کنید و دوباره امتحان کنید. از آنچه پیش‌تر ذخیره شده بود چیزی از دست نرفت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment Journey cannot write to its folder. Check the folder&apos;s permissions or choose another folder.</source>
        <translation>Treatment Journey نمی‌تواند در پوشه‌اش بنویسد. مجوزهای پوشه را بررسی کنید یا پوشهٔ دیگری برگزینید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No journal with that name was found in this folder.</source>
        <translation>دفترچه‌ای با این نام در این پوشه پیدا نشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This journal is open in Treatment Journey (or in another tracker command). Close or lock it there and try again. Nothing was changed.</source>
        <translation>این دفترچه در Treatment Journey (یا در فرمان دیگری از tracker) باز است. آن را در آنجا ببندید یا قفل کنید و دوباره امتحان کنید. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal is locked. Unlock it to continue.</source>
        <translation>دفترچه قفل است. برای ادامه قفلش را باز کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That value is not possible.</source>
        <translation>این مقدار ممکن نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That file could not be imported. Nothing was changed.</source>
        <translation>آن فایل وارد نشد. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That backup file is damaged or not a Treatment Journey backup. Your current journal was not changed.</source>
        <translation>آن فایل پشتیبان آسیب دیده یا پشتیبان Treatment Journey نیست. دفترچهٔ کنونی شما تغییری نکرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>لغو شد. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shared folder could not be found. If it is on a USB stick or a network drive, connect it and try again. Nothing was changed.</source>
        <translation>پوشهٔ مشترک پیدا نشد. اگر روی فلش USB یا درایو شبکه است، آن را وصل کنید و دوباره امتحان کنید. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That folder does not hold a journal shared by Treatment Journey. Choose the folder you picked when sharing.</source>
        <translation>در آن پوشه دفترچه‌ای که با Treatment Journey به اشتراک گذاشته شده باشد نیست. پوشه‌ای را برگزینید که هنگام اشتراک‌گذاری انتخاب کردید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shared folder&apos;s key list was changed by something other than Treatment Journey, so it was not used. Nothing was changed. Ask the person who shared the journal to check the shared folder.</source>
        <translation>فهرست کلیدهای پوشهٔ مشترک را چیزی جز Treatment Journey تغییر داده است، پس از آن استفاده نشد. چیزی تغییر نکرد. از کسی که دفترچه را به اشتراک گذاشته بخواهید پوشهٔ مشترک را بررسی کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shared folder&apos;s key list is damaged or was made by a newer version of Treatment Journey, so the shared journal cannot be opened from it. Nothing was changed.</source>
        <translation>فهرست کلیدهای پوشهٔ مشترک آسیب دیده یا با نسخهٔ تازه‌تری از Treatment Journey ساخته شده است، پس دفترچهٔ مشترک را نمی‌توان از آن باز کرد. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You were removed from this shared journal, so new changes from the other computers can no longer be opened here. Everything already on this computer is still here.</source>
        <translation>شما از این دفترچهٔ مشترک حذف شده‌اید، پس تغییرهای تازهٔ رایانه‌های دیگر را دیگر نمی‌توان اینجا باز کرد. هر چه از پیش روی این رایانه بوده هنوز اینجاست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {file_name} in the shared folder could not be read: it is damaged, cut short, or does not belong to this journal. It was not applied and your journal was not changed.</source>
        <translation>فایل {file_name} در پوشهٔ مشترک خوانده نشد: آسیب دیده، ناقص مانده یا مال این دفترچه نیست. اعمال نشد و دفترچهٔ شما تغییری نکرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {file_name} in the shared folder was made with a newer key than this computer has. It was not applied and your journal was not changed.</source>
        <translation>فایل {file_name} در پوشهٔ مشترک با کلیدی تازه‌تر از کلیدی که این رایانه دارد ساخته شده است. اعمال نشد و دفترچهٔ شما تغییری نکرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {file_name} in the shared folder was written with the key from before a person was removed from the shared journal. It was not applied and your journal was not changed.</source>
        <translation>فایل {file_name} در پوشهٔ مشترک با کلید پیش از حذف یک نفر از دفترچهٔ مشترک نوشته شده است. اعمال نشد و دفترچهٔ شما تغییری نکرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another copy of this journal is writing to the shared folder under this computer&apos;s name, so nothing was written there and nothing was overwritten. Stop sharing on the copied journal, or join the shared journal again on this computer.</source>
        <translation>نسخهٔ دیگری از این دفترچه با نام این رایانه در پوشهٔ مشترک می‌نویسد، پس چیزی در آنجا نوشته نشد و چیزی هم بازنویسی نشد. در دفترچهٔ رونوشت‌شده اشتراک‌گذاری را متوقف کنید، یا روی این رایانه دوباره به دفترچهٔ مشترک بپیوندید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This journal is not shared with another computer. Share it first: Settings, then Sharing.</source>
        <translation>این دفترچه با رایانهٔ دیگری به اشتراک گذاشته نشده است. نخست آن را به اشتراک بگذارید: تنظیمات، سپس «اشتراک‌گذاری».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This journal is already shared through a folder. To use another folder, stop sharing on this computer first.</source>
        <translation>این دفترچه از پیش از راه یک پوشه به اشتراک گذاشته شده است. برای استفاده از پوشهٔ دیگر، نخست اشتراک‌گذاری را در این رایانه متوقف کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes from another computer could not be applied: they are damaged or hold something this app does not accept. Nothing was changed.</source>
        <translation>تغییرهای رسیده از رایانهٔ دیگر اعمال نشدند: آسیب دیده‌اند یا چیزی دارند که این برنامه نمی‌پذیرد. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A course has 1 to 60 treatments.</source>
        <translation>هر دوره ۱ تا ۶۰ جلسهٔ درمان دارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That text is too long. Please shorten it.</source>
        <translation>این متن خیلی بلند است. لطفاً کوتاه‌ترش کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose what kind of treatment this is.</source>
        <translation>لطفاً برگزینید این چه نوع درمانی است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose what the procedure was.</source>
        <translation>لطفاً برگزینید اقدام درمانی چه بود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please say where in the body it was, in your own words (for example: spine).</source>
        <translation>لطفاً با واژه‌های خودتان بگویید در کجای بدن بود (برای نمونه: ستون مهره‌ها).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please give at least one treatment day.</source>
        <translation>لطفاً دست‌کم یک روز درمان وارد کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A treatment day comes before its line of treatment started. Check the dates.</source>
        <translation>یکی از روزهای درمان پیش از آغاز خط درمانش است. تاریخ‌ها را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A treatment day is more than a year from now. Check the year.</source>
        <translation>یکی از روزهای درمان بیش از یک سال پس از امروز است. سال را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please type a number.</source>
        <translation>لطفاً یک عدد بنویسید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That number is far too large for a lab result. Check the number.</source>
        <translation>این عدد برای نتیجهٔ آزمایش بیش از اندازه بزرگ است. عدد را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose °C or °F.</source>
        <translation>‏°C یا ‏°F را برگزینید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A body temperature is between 34 and 43 °C. Check the reading.</source>
        <translation>دمای بدن بین ۳۴ و ۴۳ درجهٔ سانتی‌گراد است. عدد دماسنج را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A body temperature is between 93 and 109 °F. Check the reading.</source>
        <translation>دمای بدن بین ۹۳ و ۱۰۹ درجهٔ فارنهایت است. عدد دماسنج را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose kg or lb.</source>
        <translation>کیلوگرم یا پوند را برگزینید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weight is between 20 and 300 kg. Check the number.</source>
        <translation>وزن بین ۲۰ و ۳۰۰ کیلوگرم است. عدد را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what this number measures.</source>
        <translation>بگویید این عدد چه چیزی را اندازه می‌گیرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That number is far too large. Check the number.</source>
        <translation>این عدد بیش از اندازه بزرگ است. عدد را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That unit is too long.</source>
        <translation>این واحد خیلی طولانی است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weight is between 45 and 660 lb. Check the number.</source>
        <translation>وزن بین ۴۵ و ۶۶۰ پوند است. عدد را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That symptom is not in the list. Choose one from the suggestions.</source>
        <translation>این نشانه در فهرست نیست. یکی از پیشنهادها را برگزینید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose how bad it was, or remove this symptom.</source>
        <translation>بگویید چقدر شدید بود، یا این نشانه را بردارید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please describe where in fewer words.</source>
        <translation>لطفاً محل را با واژه‌های کمتری توضیح دهید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That note is too long. Please keep it under 4000 characters.</source>
        <translation>این یادداشت خیلی بلند است. لطفاً کمتر از ۴۰۰۰ نویسه نگهش دارید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That time is in the future. Choose the time you felt it.</source>
        <translation>این زمان در آینده است. زمانی را برگزینید که آن را حس کردید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That date is more than a year ago. Check the year.</source>
        <translation>این تاریخ بیش از یک سال پیش است. سال را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This symptom is not rated that way.</source>
        <translation>این نشانه این‌گونه ارزیابی نمی‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a rating from 0 to 4.</source>
        <translation>امتیازی از ۰ تا ۴ برگزینید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That should be text.</source>
        <translation>این باید متن باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This text contains characters that cannot be saved (invisible control characters or a broken character). Please type it again.</source>
        <translation>این متن نویسه‌هایی دارد که نمی‌توان ذخیره‌شان کرد (نویسه‌های کنترلی نامرئی یا نویسه‌ای خراب). لطفاً آن را دوباره بنویسید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That time zone is not known. Choose a place from the list.</source>
        <translation>این منطقهٔ زمانی شناخته‌شده نیست. جایی را از فهرست برگزینید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That name is too long. Please shorten it.</source>
        <translation>این نام خیلی بلند است. لطفاً کوتاه‌ترش کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name is one line of text.</source>
        <translation>نام باید فقط یک خط متن باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That date is not possible. Check the year.</source>
        <translation>این تاریخ ممکن نیست. سال را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That time has no time zone.</source>
        <translation>این زمان منطقهٔ زمانی ندارد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is too many times in one day.</source>
        <translation>این تعداد ساعت برای یک روز بیش از اندازه است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A repeat is every 1 to 365 days, weeks or months.</source>
        <translation>فاصلهٔ تکرار بین ۱ تا ۳۶۵ روز، هفته یا ماه است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cycle lasts 1 to 120 days.</source>
        <translation>طول هر دوره بین ۱ تا ۱۲۰ روز است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is not one of the choices.</source>
        <translation>این یکی از گزینه‌ها نیست.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That setting is damaged.</source>
        <translation>این تنظیم آسیب دیده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the question you want to ask.</source>
        <translation>پرسشی را که می‌خواهید بپرسید بنویسید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a note.</source>
        <translation>یادداشتی بنویسید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A stepped course has at most 50 steps of 1 to 365 days each.</source>
        <translation>دورهٔ مرحله‌ای حداکثر ۵۰ مرحله دارد که هر کدام ۱ تا ۳۶۵ روز است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reason for ending is given but the line has not ended.</source>
        <translation>دلیل پایان وارد شده است، اما این خط درمان هنوز پایان نیافته است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a procedure says what the procedure was.</source>
        <translation>فقط برای اقدام درمانی گفته می‌شود که چه اقدامی بود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local_treatments</source>
        <translation>local_treatments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>symptom_entries</source>
        <translation>symptom_entries</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file must hold a JSON list of vignettes.</source>
        <translation>این فایل باید فهرستی از سناریوهای بالینی (vignettes) در قالب JSON باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose what kind of appointment this is.</source>
        <translation>لطفاً نوع این نوبت را برگزینید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That appointment no longer exists.</source>
        <translation>این نوبت دیگر وجود ندارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A journal from this backup is already in this folder. Open it and use Restore in Settings, Backups to replace it. Nothing was changed.</source>
        <translation>دفترچه‌ای از این پشتیبان از پیش در این پوشه هست. آن را باز کنید و برای جایگزینی از «بازگردانی» در تنظیمات، بخش پشتیبان‌ها استفاده کنید. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This backup was made by a newer version of Treatment Journey. Update the app to restore it. Your current journal was not changed.</source>
        <translation>این پشتیبان با نسخهٔ تازه‌تری از Treatment Journey ساخته شده است. برای بازگردانی‌اش برنامه را به‌روز کنید. دفترچهٔ کنونی شما تغییری نکرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This backup holds records the app cannot accept, so it was not restored. Your current journal was not changed.</source>
        <translation>این پشتیبان داده‌هایی دارد که برنامه نمی‌تواند بپذیرد، پس بازگردانده نشد. دفترچهٔ کنونی شما تغییری نکرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This backup is of a different journal. Restore it as a new journal instead. Your current journal was not changed.</source>
        <translation>این پشتیبان مال دفترچهٔ دیگری است. آن را به‌عنوان دفترچهٔ تازه بازگردانید. دفترچهٔ کنونی شما تغییری نکرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder for the backup does not exist. Choose another place.</source>
        <translation>پوشهٔ پشتیبان وجود ندارد. جای دیگری برگزینید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That does not look like a phone number. Use digits, spaces, + and brackets.</source>
        <translation>این شبیه شمارهٔ تلفن نیست. از رقم، فاصله، + و پرانتز استفاده کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That phone number is too long.</source>
        <translation>این شمارهٔ تلفن خیلی طولانی است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please give this contact a name.</source>
        <translation>لطفاً برای این مخاطب نامی بنویسید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one symptom, a measurement or a note.</source>
        <translation>دست‌کم یک نشانه، یک اندازه‌گیری یا یک یادداشت بیفزایید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose who is entering this.</source>
        <translation>برگزینید چه کسی این را ثبت می‌کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That entry no longer exists.</source>
        <translation>این یادداشت دیگر وجود ندارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This symptom is in the list twice. Keep one.</source>
        <translation>این نشانه دو بار در فهرست آمده است. یکی را نگه دارید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose taken, missed, skipped or held by the team.</source>
        <translation>لطفاً یکی را برگزینید: مصرف شد، جا افتاد، رد شد یا به دستور تیم متوقف شد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dose cannot be taken before the day it was planned for.</source>
        <translation>نوبت دارو را نمی‌توان پیش از روزی که برایش برنامه‌ریزی شده مصرف کرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That drug is no longer in the plan.</source>
        <translation>این دارو دیگر در برنامه نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That file could not be imported: it is not a Treatment Journey data file (JSON export). Nothing was changed.</source>
        <translation>آن فایل وارد نشد: فایل دادهٔ Treatment Journey (خروجی JSON) نیست. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That file was made by a newer version of Treatment Journey. Update the app, then import it. Nothing was changed.</source>
        <translation>آن فایل با نسخهٔ تازه‌تری از Treatment Journey ساخته شده است. برنامه را به‌روز کنید، سپس واردش کنید. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That file could not be imported: some of its records are damaged or incomplete. Nothing was changed.</source>
        <translation>آن فایل وارد نشد: برخی از داده‌هایش آسیب‌دیده یا ناقص‌اند. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That file is far larger than any Treatment Journey data file, so it was not imported. Nothing was changed.</source>
        <translation>آن فایل بسیار بزرگ‌تر از هر فایل دادهٔ Treatment Journey است، پس وارد نشد. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That file could not be read. Check that it is still there and try again. Nothing was changed.</source>
        <translation>آن فایل خوانده نشد. بررسی کنید که هنوز سر جایش باشد و دوباره امتحان کنید. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That file could not be imported: some of its records contradict each other. Nothing was changed.</source>
        <translation>آن فایل وارد نشد: برخی از داده‌هایش با هم ناسازگارند. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passphrases are not the same.</source>
        <translation>دو گذرواژه یکسان نیستند.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That treatment is no longer in the journal.</source>
        <translation>این درمان دیگر در دفترچه نیست.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That name is too long (200 characters at most).</source>
        <translation>این نام خیلی بلند است (حداکثر ۲۰۰ نویسه).</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>That date is in the future. Use the date on the report.</source>
        <translation>این تاریخ در آینده است. تاریخ روی برگهٔ گزارش را به کار ببرید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That date is too long ago. Check the year.</source>
        <translation>این تاریخ خیلی قدیمی است. سال را بررسی کنید.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>That text is too long.</source>
        <translation>این متن خیلی بلند است.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose a test from the list, or Other test.</source>
        <translation>آزمایشی را از فهرست برگزینید، یا «آزمایش دیگر».</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Say which test this is.</source>
        <translation>بگویید این کدام آزمایش است.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Please type the number from the report.</source>
        <translation>لطفاً عدد روی برگهٔ گزارش را بنویسید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lab result is not below zero. Check the number.</source>
        <translation>نتیجهٔ آزمایش کمتر از صفر نیست. عدد را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Say what kind of scan it was (for example CT or bone scan).</source>
        <translation>بگویید چه نوع تصویربرداری بود (برای نمونه سی‌تی‌اسکن یا اسکن استخوان).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That result no longer exists.</source>
        <translation>این نتیجه دیگر وجود ندارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That scan no longer exists.</source>
        <translation>این تصویربرداری دیگر وجود ندارد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please give the carer&apos;s name.</source>
        <translation>لطفاً نام مراقب را بنویسید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please give a name or nickname.</source>
        <translation>لطفاً نام یا نام مستعاری بنویسید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a carer can be removed.</source>
        <translation>فقط مراقب را می‌توان حذف کرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a carer can be brought back.</source>
        <translation>فقط مراقب را می‌توان بازگرداند.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Please give at least one time of day.</source>
        <translation>لطفاً دست‌کم یک ساعت از روز را بنویسید.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Please give the line a name, for example the drugs in it.</source>
        <translation>لطفاً برای این خط درمان نامی بنویسید، برای نمونه نام داروهایش.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose why this line ended.</source>
        <translation>لطفاً برگزینید چرا این خط درمان پایان یافت.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>That line of treatment no longer exists.</source>
        <translation>این خط درمان دیگر وجود ندارد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please choose a drug or type its name.</source>
        <translation>لطفاً دارویی را برگزینید یا نامش را بنویسید.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The last day is before the first day.</source>
        <translation>روز آخر پیش از روز نخست است.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The number of cycles must be at least 1.</source>
        <translation>شمار دوره‌ها باید دست‌کم ۱ باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A delay is between 1 and 365 days.</source>
        <translation>تأخیر بین ۱ تا ۳۶۵ روز است.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Please write the new dose as your team gave it.</source>
        <translation>لطفاً مقدار تازه را همان‌طور که تیم درمان گفته بنویسید.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The computer&apos;s password store could not be reached.</source>
        <translation>دسترسی به انبار گذرواژهٔ رایانه ممکن نشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer has no secure password store (keyring) that the app can use.</source>
        <translation>این رایانه انبار گذرواژهٔ امنی (کی‌رینگ) ندارد که برنامه بتواند از آن استفاده کند.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>That schedule is not complete. Check the days and the repeat.</source>
        <translation>این برنامه کامل نیست. روزها و تکرار را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please give times of day like 08:00.</source>
        <translation>لطفاً ساعت‌ها را به این شکل بنویسید: 08:00.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>A line cannot end before it started.</source>
        <translation>خط درمان نمی‌تواند پیش از آغازش پایان یابد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This drug starts before its line of treatment starts.</source>
        <translation>این دارو پیش از آغاز خط درمانش شروع می‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The start is after the end of this line.</source>
        <translation>آغاز، پس از پایان این خط درمان است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose one of the answers.</source>
        <translation>لطفاً یکی از پاسخ‌ها را برگزینید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please keep this under 2000 characters.</source>
        <translation>لطفاً کمتر از ۲۰۰۰ نویسه نگهش دارید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That question no longer exists.</source>
        <translation>این پرسش دیگر وجود ندارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That note no longer exists.</source>
        <translation>این یادداشت دیگر وجود ندارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved reminder times could not be read. Reminders start again when you unlock your journal, which also writes the times afresh.</source>
        <translation>ساعت‌های یادآوری ذخیره‌شده خوانده نشدند. وقتی قفل دفترچه را باز کنید، یادآوری‌ها دوباره آغاز می‌شوند و ساعت‌ها هم از نو نوشته می‌شوند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The start date is after the end date.</source>
        <translation>تاریخ آغاز پس از تاریخ پایان است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shared journal in that folder has no starting copy yet. Ask the person who shared it to open Treatment Journey while the folder is connected, then try again.</source>
        <translation>دفترچهٔ مشترک در آن پوشه هنوز نسخهٔ آغازین ندارد. از کسی که آن را به اشتراک گذاشته بخواهید وقتی پوشه وصل است Treatment Journey را باز کند، سپس دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person can already open the shared journal.</source>
        <translation>این فرد از پیش می‌تواند دفترچهٔ مشترک را باز کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot remove yourself. Stop sharing on this computer instead.</source>
        <translation>نمی‌توانید خودتان را حذف کنید. به جای آن، اشتراک‌گذاری را در این رایانه متوقف کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That person cannot open the shared journal any more.</source>
        <translation>آن فرد دیگر نمی‌تواند دفترچهٔ مشترک را باز کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That folder holds another shared journal, not this one. Choose the folder this journal is shared through.</source>
        <translation>در آن پوشه دفترچهٔ مشترک دیگری هست، نه این یکی. پوشه‌ای را برگزینید که این دفترچه از راه آن به اشتراک گذاشته شده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This backup was made by a newer version of Treatment Journey. Update the app to restore it.</source>
        <translation>این پشتیبان با نسخهٔ تازه‌تری از Treatment Journey ساخته شده است. برای بازگردانی‌اش برنامه را به‌روز کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That backup file could not be found.</source>
        <translation>آن فایل پشتیبان پیدا نشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal&apos;s data file is missing from its folder. You can restore the newest backup.</source>
        <translation>فایل دادهٔ دفترچه در پوشه‌اش نیست. می‌توانید تازه‌ترین پشتیبان را بازگردانید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recovery key has 32 letters and digits in 8 groups of 4. Check it and try again.</source>
        <translation>کلید بازیابی ۳۲ حرف و رقم در ۸ گروه ۴ تایی دارد. آن را بررسی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That passphrase does not open this shared journal. Each person uses their own passphrase, the one they typed when they were added. Nothing was changed.</source>
        <translation>این گذرواژه این دفترچهٔ مشترک را باز نمی‌کند. هر کس گذرواژهٔ خودش را به کار می‌برد، همان که هنگام افزوده شدن نوشت. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That folder already holds this shared journal. Use “Open a shared journal…” to join it instead.</source>
        <translation>این دفترچهٔ مشترک از پیش در آن پوشه هست. به جای آن، با «باز کردن دفترچهٔ مشترک…» به آن بپیوندید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That folder holds more than one shared journal. Choose the folder of the one to open (its name starts with “treatment-journey-”).</source>
        <translation>در آن پوشه بیش از یک دفترچهٔ مشترک هست. پوشهٔ همان دفترچه‌ای را که می‌خواهید باز کنید برگزینید (نامش با «treatment-journey-» آغاز می‌شود).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chart could not be saved there. Check the folder and try again.</source>
        <translation>نمودار در آنجا ذخیره نشد. پوشه را بررسی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose the drug this applies to.</source>
        <translation>لطفاً دارویی را که این مورد به آن مربوط است برگزینید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two times of day are the same.</source>
        <translation>دو ساعت روز یکسان‌اند.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>The PDF could not be saved there. Check that the folder exists and you can write to it, then try again.</source>
        <translation>فایل PDF در آنجا ذخیره نشد. بررسی کنید که پوشه وجود دارد و می‌توانید در آن بنویسید، سپس دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>That time is in the future. Choose when the dose was taken.</source>
        <translation>این زمان در آینده است. زمانی را برگزینید که دارو مصرف شد.</translation>
    </message>
    <message>
        <location filename="../tracker/ui/common/errors.py" line="-39"/>
        <location line="+4"/>
        <source>Where: {detail}</source>
        <extracomment>A detail that names a record: &quot;&lt;table&gt; row 3: &lt;field&gt;: …&quot; (import) or &quot;&lt;table&gt; id 7: …&quot; (restore).</extracomment>
        <translation>محل: {detail}</translation>
    </message>
</context>
<context>
    <name>LabDialog</name>
    <message>
        <location filename="../tracker/ui/diary/entry_forms.py" line="+151"/>
        <source>Lab result</source>
        <extracomment>Save was pressed and the entry is being written: the form closes once it is.</extracomment>
        <translation>نتیجهٔ آزمایش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit lab result</source>
        <translation>ویرایش نتیجهٔ آزمایش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the result, its unit and the normal range exactly as your report shows them.</source>
        <translation>نتیجه، واحد آن و محدودهٔ طبیعی را دقیقاً همان‌طور که در برگهٔ گزارش آمده بنویسید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Test:</source>
        <translation>&amp;آزمایش:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test &amp;name:</source>
        <translation>&amp;نام آزمایش:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Result:</source>
        <translation>&amp;نتیجه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>&amp;واحد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal range, &amp;from:</source>
        <translation>محدودهٔ طبیعی، &amp;از:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal range, t&amp;o:</source>
        <translation>محدودهٔ طبیعی، &amp;تا:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date of the test:</source>
        <translation>&amp;تاریخ آزمایش:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;ote:</source>
        <translation>&amp;یادداشت:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Please type the number from the report.</source>
        <translation>لطفاً عدد روی برگهٔ گزارش را بنویسید.</translation>
    </message>
</context>
<context>
    <name>LabTests</name>
    <message>
        <location filename="../tracker/ui/diary/symptom_texts.py" line="+111"/>
        <source>CA 15-3</source>
        <translation>CA 15-3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CEA</source>
        <translation>CEA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA 27.29</source>
        <translation>CA 27.29</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haemoglobin</source>
        <translation>هموگلوبین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White cells</source>
        <translation>گلبول‌های سفید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutrophils</source>
        <translation>نوتروفیل‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platelets</source>
        <translation>پلاکت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calcium</source>
        <translation>کلسیم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALT</source>
        <translation>ALT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AST</source>
        <translation>AST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilirubin</source>
        <translation>بیلی‌روبین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALP</source>
        <translation>آلکالین فسفاتاز (ALP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creatinine</source>
        <translation>کراتینین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glucose</source>
        <translation>قند خون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other test</source>
        <translation>آزمایش دیگر</translation>
    </message>
</context>
<context>
    <name>LearnModels</name>
    <message>
        <location filename="../tracker/ui/learn/models.py" line="+20"/>
        <source>Topics</source>
        <extracomment>The navigation target of an item: &quot;article:&lt;id&gt;&quot;, &quot;page:glossary&quot;, &quot;glossary:&lt;slug&gt;&quot;…</extracomment>
        <translation>موضوع‌ها</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reference</source>
        <translation>مرجع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Glossary</source>
        <translation>واژه‌نامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
</context>
<context>
    <name>LearnPages</name>
    <message>
        <location filename="../tracker/ui/learn/pages.py" line="+71"/>
        <source>Add your team&apos;s 24-hour number in Settings → Care team, and it will show here.</source>
        <translation>شمارهٔ ۲۴ ساعتهٔ تیم درمان را در تنظیمات ← تیم درمان وارد کنید تا اینجا نشان داده شود.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your {name}: {phone}</source>
        <translation>{name} شما: {phone}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your 24-hour line: {phone}</source>
        <translation>خط ۲۴ ساعتهٔ شما: {phone}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is general information. It does not replace advice from your own treatment team, who know your situation.</source>
        <translation>این اطلاعات عمومی است و جای توصیه‌های تیم درمان خودتان را که از وضعیت شما خبر دارند نمی‌گیرد.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(a source beyond our five documents)</source>
        <translation>(منبعی فراتر از پنج سند ما)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reviewed by a clinician: {by}, {date}.</source>
        <translation>بازبینی‌شده به‌وسیلهٔ متخصص بالینی: {by}، {date}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not yet reviewed by a clinician.</source>
        <translation>هنوز به‌وسیلهٔ متخصص بالینی بازبینی نشده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by {by} on {date}, against: {sources}.</source>
        <translation>بررسی‌شده به‌وسیلهٔ {by} در {date}، در مقایسه با: {sources}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading level: {level}.</source>
        <translation>سطح خوانایی: {level}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where this comes from</source>
        <translation>این از کجا آمده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About our sources</source>
        <translation>دربارهٔ منابع ما</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Glossary</source>
        <translation>واژه‌نامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain meanings of words you may hear. In the articles, these words are shown in colour: point at one to see its meaning, or select it to come here.</source>
        <translation>معنای سادهٔ واژه‌هایی که ممکن است بشنوید. در مقاله‌ها این واژه‌ها رنگی نشان داده می‌شوند: نشانگر را روی یکی ببرید تا معنایش را ببینید، یا آن را انتخاب کنید تا به اینجا بیایید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read more</source>
        <translation>بیشتر بخوانید</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also: {names}</source>
        <translation>همچنین: {names}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our explanations are written in our own words from these documents. Each article lists the ones it draws on.</source>
        <translation>توضیحات ما با واژه‌های خودمان و بر پایهٔ این اسناد نوشته شده‌اند. هر مقاله منابعی را که از آن‌ها استفاده کرده فهرست می‌کند.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sources beyond our five documents</source>
        <translation>منابعی فراتر از پنج سند ما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where our five documents give no figure or say nothing, an article names one of these instead: a medicine&apos;s official product information, a study or a guideline.</source>
        <translation>هر جا پنج سند ما عددی نمی‌دهند یا چیزی نمی‌گویند، مقاله به جای آن یکی از این‌ها را نام می‌برد: اطلاعات رسمی فرآوردهٔ یک دارو، یک پژوهش یا یک راهنمای بالینی.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Covers: {text}</source>
        <translation>موضوع: {text}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Used in {n} article.</source>
        <translation>در {n} مقاله به کار رفته است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used in {n} articles.</source>
        <translation>در {n} مقاله به کار رفته است.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How these explanations were written</source>
        <translation>این توضیحات چگونه نوشته شدند</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Explanation not found</source>
        <translation>توضیح پیدا نشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no explanation called “{name}”. Try searching for it, or pick a topic from the list.</source>
        <translation>توضیحی با نام «{name}» وجود ندارد. آن را جست‌وجو کنید یا موضوعی را از فهرست برگزینید.</translation>
    </message>
</context>
<context>
    <name>LearnView</name>
    <message>
        <location filename="../tracker/ui/learn/view.py" line="+74"/>
        <source>Search: a drug, a symptom or any word</source>
        <extracomment>The notice&apos;s 24-hour line, once the care team is read (None until then).</extracomment>
        <translation>جست‌وجو: یک دارو، یک نشانه یا هر واژه‌ای</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search explanations</source>
        <translation>جست‌وجو در توضیحات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Topics</source>
        <translation>موضوع‌ها</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search results</source>
        <translation>نتیجه‌های جست‌وجو</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back (Alt+Left)</source>
        <translation>بازگشت (Alt+Left)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>جلو</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forward (Alt+Right)</source>
        <translation>جلو (Alt+Right)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller text</source>
        <translation>متن کوچک‌تر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Smaller text (Ctrl+-)</source>
        <translation>متن کوچک‌تر (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text</source>
        <translation>متن بزرگ‌تر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger text (Ctrl+=)</source>
        <translation>متن بزرگ‌تر (Ctrl+=)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary</source>
        <translation>واژه‌نامه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All terms explained (Ctrl+G)</source>
        <translation>همهٔ واژه‌های توضیح‌داده‌شده (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print this page (Ctrl+P)</source>
        <translation>چاپ این صفحه (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Nothing matches “{text}”. Try a drug name, a symptom, or a shorter word.</source>
        <translation>چیزی با «{text}» جور نیست. نام یک دارو، یک نشانه یا واژه‌ای کوتاه‌تر را امتحان کنید.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print this explanation</source>
        <translation>چاپ این توضیح</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <location filename="../tracker/ui/plan/dialogs.py" line="-103"/>
        <source>Edit line of treatment</source>
        <translation>ویرایش خط درمان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New line of treatment</source>
        <translation>خط درمان تازه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A line of treatment is the set of drugs you take together until the team changes it. You will add its drugs next.</source>
        <translation>خط درمان مجموعه‌ای از داروهاست که با هم مصرف می‌کنید تا وقتی تیم درمان آن را تغییر دهد. در گام بعد داروهایش را می‌افزایید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Letrozole and palbociclib</source>
        <translation>مثلاً لتروزول و پالبوسیکلیب</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line &amp;number:</source>
        <translation>&amp;شمارهٔ خط:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Started on:</source>
        <translation>&amp;آغاز در:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>&amp;یادداشت‌ها:</translation>
    </message>
</context>
<context>
    <name>LocalTreatmentDialog</name>
    <message>
        <location filename="../tracker/ui/plan/local_treatment_dialog.py" line="+54"/>
        <source>Correct a treatment</source>
        <extracomment>Form fields that can carry an error (ValidationError.field), in form order.</extracomment>
        <translation>اصلاح یک درمان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Radiotherapy course or procedure</source>
        <translation>دورهٔ پرتودرمانی یا اقدام درمانی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Radiotherapy, an operation or a procedure such as a drain: write it as the letter or the team gave it. Each treatment day goes on your calendar.</source>
        <translation>پرتودرمانی، عمل جراحی یا اقدامی درمانی مانند درن: آن را همان‌طور بنویسید که در نامه آمده یا تیم درمان گفته است. هر روز درمان در تقویم شما قرار می‌گیرد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of treatment</source>
        <translation>نوع درمان</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the procedure was</source>
        <translation>اقدام درمانی چه بود</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In your own words, e.g. lower spine</source>
        <translation>با واژه‌های خودتان، مثلاً پایین ستون مهره‌ها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the team said it, e.g. pain relief</source>
        <translation>همان‌طور که تیم درمان گفته، مثلاً تسکین درد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied from the letter, e.g. 20 Gy in 5 fractions</source>
        <translation>رونویسی از نامه، مثلاً ۲۰ گری در ۵ جلسه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of treatments</source>
        <translation>تعداد جلسه‌های درمان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First treatment day</source>
        <translation>نخستین روز درمان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which days</source>
        <translation>کدام روزها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekdays (Monday to Friday)</source>
        <translation>روزهای کاری (دوشنبه تا جمعه)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every day</source>
        <translation>هر روز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fill in the days</source>
        <translation>&amp;پر کردن روزها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>treatments from</source>
        <translation>جلسه از</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Treatment days</source>
        <translation>روزهای درمان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day to add</source>
        <translation>روزی که افزوده شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add this day</source>
        <translation>&amp;افزودن این روز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove the chosen day</source>
        <translation>&amp;برداشتن روز برگزیده</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Put each day on my calendar, with a reminder, at</source>
        <translation>هر روز را با یادآوری در تقویمم بگذار، ساعت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time of each treatment</source>
        <translation>ساعت هر جلسهٔ درمان</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line of treatment it belongs to</source>
        <translation>خط درمانی که به آن تعلق دارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not part of a line</source>
        <translation>بخشی از یک خط درمان نیست</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Kind:</source>
        <translation>&amp;نوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Procedure:</source>
        <translation>ا&amp;قدام درمانی:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Where in the body:</source>
        <translation>&amp;کجای بدن:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;im:</source>
        <translation>&amp;هدف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dose and fractions:</source>
        <translation>&amp;دوز و تعداد جلسه‌ها:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the days:</source>
        <translation>ساختن روزها:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment da&amp;ys:</source>
        <translation>&amp;روزهای درمان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time:</source>
        <translation>&amp;ساعت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of &amp;line:</source>
        <translation>بخشی از &amp;خط درمان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>&amp;یادداشت‌ها:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>1 treatment day: {start}.</source>
        <translation>۱ روز درمان: {start}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} treatment days, {start} to {end}.</source>
        <translation>{n} روز درمان، {start} تا {end}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No days yet: fill them in above, or add them one by one.</source>
        <translation>هنوز روزی نیست: آن‌ها را در بالا پر کنید، یا یکی‌یکی بیفزایید.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What is this?</source>
        <translation>این چیست؟</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../tracker/ui/lock/screen.py" line="+27"/>
        <source>Your journal is locked</source>
        <translation>دفترچهٔ شما قفل است</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It was locked because nobody used it for a while. Everything you saved is safe; a form that was open and not yet saved may need filling in again.</source>
        <translation>چون مدتی کسی از آن استفاده نکرد قفل شد. هر چه ذخیره کرده‌اید امن است؛ شاید لازم باشد فرمی را که باز و ذخیره‌نشده بود دوباره پر کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is shown until the passphrase is typed again.</source>
        <translation>تا گذرواژه دوباره نوشته نشود، چیزی نشان داده نمی‌شود.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Passphrase for {name}:</source>
        <translation>&amp;گذرواژهٔ {name}:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../tracker/ui/main/window.py" line="+48"/>
        <source>Treatment Journey</source>
        <translation>Treatment Journey</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Sharing: {problem}</source>
        <extracomment>A lock asked for while a new recovery key held it (ui/lock/hold.py): by the person?</extracomment>
        <translation>اشتراک‌گذاری: {problem}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The automatic backup could not be made this time.</source>
        <translation>این بار پشتیبان‌گیری خودکار انجام نشد.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The journal locks once your new recovery key is kept.</source>
        <translation>دفترچه پس از اینکه کلید بازیابی تازه‌تان را نگه داشتید قفل می‌شود.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Text size: {percent}%</source>
        <translation>اندازهٔ متن: {percent}٪</translation>
    </message>
</context>
<context>
    <name>MarkDosesDialog</name>
    <message>
        <location filename="../tracker/ui/plan/mark_doses_dialog.py" line="+26"/>
        <source>Mark doses</source>
        <translation>علامت زدن نوبت‌ها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened to the doses of {day}? They are recorded as filled in afterwards.</source>
        <translation>نوبت‌های {day} چه شد؟ این نوبت‌ها با برچسب «بعداً ثبت‌شده» ذخیره می‌شوند.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{time} {name}</source>
        <translation>{time} {name}</translation>
    </message>
</context>
<context>
    <name>MissedDialog</name>
    <message>
        <location filename="../tracker/ui/reminders/missed_dialog.py" line="+20"/>
        <source>Doses while the app was closed</source>
        <extracomment>&quot;taken&quot; / &quot;missed&quot; for the shown doses, or &quot;later&quot;.</extracomment>
        <translation>نوبت‌هایی که هنگام بسته بودن برنامه بود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These doses were due while Treatment Journey was closed and have not been marked. If you took them, mark them taken; you can also change each one on the Today page.</source>
        <translation>این نوبت‌ها هنگامی بودند که Treatment Journey بسته بود و علامت نخورده‌اند. اگر آن‌ها را مصرف کرده‌اید، «مصرف شد» بزنید؛ هر کدام را در صفحهٔ «امروز» هم می‌توانید تغییر دهید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Doses not marked yet</source>
        <translation>نوبت‌هایی که هنوز علامت نخورده‌اند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These doses were due while Treatment Journey was locked and have not been marked. If you took them, mark them taken; you can also change each one on the Today page.</source>
        <translation>زمان این نوبت‌ها هنگامی بود که Treatment Journey قفل بود و هنوز علامت نخورده‌اند. اگر آن‌ها را مصرف کرده‌اید، «مصرف شد» بزنید؛ هر کدام را در صفحهٔ «امروز» هم می‌توانید تغییر دهید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{day}, {time}: {name}</source>
        <translation>{day}، {time}: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Doses not marked</source>
        <translation>نوبت‌های علامت‌نخورده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I took them all</source>
        <translation>همه را مصرف کردم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark them all missed</source>
        <translation>همه را «جا افتاد» علامت بزن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide later on the Today page</source>
        <translation>بعداً در صفحهٔ «امروز» تصمیم می‌گیرم</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <location filename="../tracker/ui/plan/month_calendar.py" line="+138"/>
        <source>Month calendar of doses and appointments</source>
        <extracomment>Sign and theme colour per dose status (None: not marked). The whole day in words (MonthCalendar.day_text), read for each cell. A month&apos;s marks have been read and shown (the Plan view then lists the chosen day&apos;s appointments). The grid of days (a table: each cell reads its whole day).</extracomment>
        <translation>تقویم ماهانهٔ نوبت‌های دارو و ملاقات‌ها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ taken · ✗ missed · – skipped · ‖ held by the team · ? not marked · ○ to come · ◆ drip (infusion) · ▣ appointment · shaded days: break week</source>
        <translation>✓ مصرف شد · ✗ جا افتاد · – رد شد · ‖ به دستور تیم درمان متوقف شد · ? علامت نخورده · ○ پیش رو · ◆ سرم (تزریق وریدی) · ▣ نوبت ملاقات · روزهای سایه‌دار: هفتهٔ استراحت</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{name} {status}</source>
        <translation>{name} {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} at {time}</source>
        <translation>{kind} ساعت {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>break week</source>
        <translation>هفتهٔ استراحت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dddd d MMMM</source>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}: nothing planned</source>
        <translation>{day}: برنامه‌ای نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}: {what}</source>
        <translation>{day}: {what}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>held by the team</source>
        <translation>به دستور تیم درمان متوقف شد</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>to come</source>
        <translation>پیش رو</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not marked</source>
        <translation>علامت‌گذاری نشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taken</source>
        <translation>مصرف شد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missed</source>
        <translation>جا افتاد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skipped</source>
        <translation>رد شد</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing planned on this day.</source>
        <translation>برای این روز برنامه‌ای نیست.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Planned</source>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({cycle})</source>
        <translation>{name} ({cycle})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time} {name}: {status}</source>
        <translation>{time} {name}: {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Break week: no doses of the cycle&apos;s tablets or drips.</source>
        <translation>هفتهٔ استراحت: بدون نوبتِ قرص‌ها یا سرم‌های این دوره.</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../tracker/ui/plan/month_grid.py" line="+242"/>
        <source>Previous month</source>
        <extracomment>The cell&apos;s day as a Python date (for the delegate). The chosen day (first shown: `day`, from the caller&apos;s clock).</extracomment>
        <translation>ماه قبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous month (Page Up)</source>
        <translation>ماه قبل (Page Up)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next month</source>
        <translation>ماه بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month (Page Down)</source>
        <translation>ماه بعد (Page Down)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Days of the month</source>
        <translation>روزهای ماه</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../tracker/ui/wizard/pages.py" line="+79"/>
        <source>Whose journal is this?</source>
        <translation>این دفترچهٔ کیست؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a name or a nickname. It is shown on the start screen before the journal is unlocked, so anyone using this computer can see it: a nickname or first name is a good choice.</source>
        <translation>یک نام یا نام مستعار بنویسید. پیش از باز شدن قفل دفترچه در صفحهٔ آغاز نشان داده می‌شود و هر کس از این رایانه استفاده کند آن را می‌بیند: نام کوچک یا نام مستعار انتخاب خوبی است.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For example: Anna, or Mum</source>
        <translation>برای نمونه: آنا، یا مامان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name or nickname:</source>
        <translation>&amp;نام یا نام مستعار:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which units do you use? (Chosen for this computer&apos;s region; you can still type the other unit in any form.)</source>
        <translation>از کدام واحدها استفاده می‌کنید؟ (بر اساس منطقهٔ این رایانه برگزیده شده‌اند؛ باز هم می‌توانید در هر فرمی واحد دیگر را بنویسید.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>°&amp;C</source>
        <translation>°&amp;C</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>°&amp;F</source>
        <translation>°&amp;F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;kg</source>
        <translation>&amp;kg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>l&amp;b</source>
        <translation>l&amp;b</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature:</source>
        <translation>دمای بدن:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight:</source>
        <translation>وزن:</translation>
    </message>
</context>
<context>
    <name>NewKeysDialog</name>
    <message>
        <location filename="../tracker/ui/settings/security_page.py" line="+79"/>
        <source>New keys for this journal</source>
        <translation>کلیدهای تازه برای این دفترچه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This gives your journal a new encryption key, a new passphrase and a new recovery key. Afterwards the old passphrase and the old recovery key open nothing in this journal&apos;s folder. It takes a little while; the journal stays open.</source>
        <translation>با این کار دفترچهٔ شما کلید رمزگذاری تازه، گذرواژهٔ تازه و کلید بازیابی تازه می‌گیرد. پس از آن، گذرواژهٔ پیشین و کلید بازیابی پیشین هیچ چیزی را در پوشهٔ این دفترچه باز نمی‌کنند. کمی طول می‌کشد؛ دفترچه باز می‌ماند.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>گذرواژهٔ &amp;کنونی:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;گذرواژهٔ تازه:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the new one &amp;again:</source>
        <translation>گذرواژهٔ تازه را &amp;دوباره بنویسید:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep older backups, locked with the new key</source>
        <translation>&amp;نگه داشتن پشتیبان‌های قدیمی‌تر، قفل‌شده با کلید تازه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete older backups and earlier versions kept after a restore</source>
        <translation>&amp;پاک کردن پشتیبان‌های قدیمی‌تر و نسخه‌های پیشینی که پس از بازگردانی نگه داشته شده‌اند</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older copies in this journal&apos;s folder: {count}.</source>
        <translation>نسخه‌های قدیمی‌تر در پوشهٔ این دفترچه: {count}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups you saved somewhere else (another folder, a USB stick, a cloud drive) cannot be reached from here: they still open with the old passphrase and recovery key. Delete them, or make new backups afterwards.</source>
        <translation>به پشتیبان‌هایی که جای دیگری ذخیره کرده‌اید (پوشه‌ای دیگر، فلش USB، فضای ابری) از اینجا دسترسی نیست: آن‌ها هنوز با گذرواژه و کلید بازیابی پیشین باز می‌شوند. آن‌ها را پاک کنید، یا پس از این کار پشتیبان‌های تازه بسازید.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Make new keys</source>
        <translation>&amp;ساختن کلیدهای تازه</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Type your current passphrase first.</source>
        <translation>نخست گذرواژهٔ کنونی‌تان را بنویسید.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location line="-59"/>
        <source>Your new recovery key</source>
        <translation>کلید بازیابی تازهٔ شما</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>This is your new recovery key. The old one no longer opens this journal. Print it or save it, and keep it somewhere safe.</source>
        <translation>این کلید بازیابی تازهٔ شماست. کلید پیشین دیگر این دفترچه را باز نمی‌کند. آن را چاپ یا ذخیره کنید و جایی امن نگه دارید.</translation>
    </message>
</context>
<context>
    <name>NextUpCard</name>
    <message>
        <location filename="../tracker/ui/today/next_up.py" line="+94"/>
        <source>What is next</source>
        <translation>آنچه در پیش است</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Later a&amp;ppointments (next 60 days)</source>
        <extracomment>Today&apos;s radiotherapy or procedure (&quot;Today: Radiotherapy – spine, treatment 3 of 5&quot;).</extracomment>
        <translation>&amp;نوبت‌های ملاقات بعدی (۶۰ روز آینده)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coming appointments</source>
        <translation>نوبت‌های ملاقات پیش رو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Enter or double-click to see or change it in the Plan calendar</source>
        <translation>برای دیدن یا تغییر آن در تقویم «برنامه»، Enter را بزنید یا دوبار کلیک کنید</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next infusion or injection: {name}, {day}</source>
        <translation>تزریق بعدی (سرم یا آمپول): {name}، {day}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next appointment: {what}, {day} {time}</source>
        <translation>نوبت بعدی: {what}، {day} {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No appointments entered. Add them on the Plan page, Calendar tab.</source>
        <translation>نوبتی وارد نشده است. آن‌ها را در صفحهٔ «برنامه»، زبانهٔ «تقویم» بیفزایید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day} {time} — {what}{place}</source>
        <translation>{day} {time} — {what}{place}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing else in the next 60 days.</source>
        <translation>در ۶۰ روز آینده چیز دیگری نیست.</translation>
    </message>
</context>
<context>
    <name>OtherVersionDialog</name>
    <message>
        <location filename="../tracker/ui/diary/two_computers.py" line="+10"/>
        <source>Changed on two computers</source>
        <translation>تغییر در دو رایانه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This entry was changed on two computers before they synced. The later change is the one in your diary; the earlier one is kept here, so nothing is lost. Edit the entry if something from the earlier version should be in it.</source>
        <translation>این مورد پیش از همگام‌سازی در دو رایانه تغییر کرده است. تغییری که دیرتر انجام شده همان است که در دفترچهٔ شماست؛ تغییر پیشین اینجا نگه داشته می‌شود تا چیزی از دست نرود. اگر چیزی از نسخهٔ پیشین باید در آن باشد، مورد را ویرایش کنید.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Earlier versions</source>
        <translation>نسخه‌های پیشین</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../tracker/ui/wizard/pages.py" line="+17"/>
        <source>Choose a passphrase</source>
        <translation>یک گذرواژه برگزینید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create journal</source>
        <translation>&amp;ساختن دفترچه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You will type this each time you open your journal. A short sentence you will remember is best, for example four ordinary words. It cannot be reset: if you forget it, only the recovery key on the next page opens the journal.</source>
        <translation>هر بار که دفترچه را باز می‌کنید این را می‌نویسید. بهترین گزینه جمله‌ای کوتاه است که به یادتان بماند، برای نمونه چهار واژهٔ معمولی. نمی‌توان آن را بازنشانی کرد: اگر فراموشش کنید، فقط کلید بازیابی صفحهٔ بعد دفترچه را باز می‌کند.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;گذرواژه:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type it again:</source>
        <translation>&amp;دوباره بنویسید:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Creating your journal</source>
        <translation>در حال ساختن دفترچه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating your encrypted journal…</source>
        <translation>در حال ساختن دفترچهٔ رمزگذاری‌شدهٔ شما…</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <location filename="../tracker/ui/unlock/prompt.py" line="+42"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;گذرواژه:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Unlock</source>
        <translation>&amp;باز کردن قفل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Caps Lock seems to be on.</source>
        <translation>به نظر می‌رسد Caps Lock روشن است.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlocking</source>
        <translation>در حال باز کردن قفل</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Restore the newest backup</source>
        <translation>&amp;بازگردانی تازه‌ترین پشتیبان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use &amp;recovery key instead…</source>
        <translation>به جای آن از &amp;کلید بازیابی استفاده کن…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Type your passphrase first.</source>
        <translation>نخست گذرواژه‌تان را بنویسید.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The newest backup was made on {when}. Restoring it replaces the damaged files; anything entered after that date would need entering again.</source>
        <translation>تازه‌ترین پشتیبان در {when} ساخته شد. بازگردانی آن فایل‌های آسیب‌دیده را جایگزین می‌کند؛ هر چه پس از آن تاریخ وارد شده باید دوباره وارد شود.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No backup could be offered here. Backups are kept in this folder: {folder}. If you saved a backup elsewhere, restore it from there.</source>
        <translation>اینجا پشتیبانی برای پیشنهاد نبود. پشتیبان‌ها در این پوشه نگه داشته می‌شوند: {folder}. اگر پشتیبانی را جای دیگری ذخیره کرده‌اید، از همان‌جا بازگردانید.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type your passphrase first: the backup opens with it.</source>
        <translation>نخست گذرواژه‌تان را بنویسید: پشتیبان با آن باز می‌شود.</translation>
    </message>
</context>
<context>
    <name>PatternEditor</name>
    <message>
        <location filename="../tracker/ui/plan/pattern_editor.py" line="+103"/>
        <source>How the doses repeat</source>
        <translation>نوبت‌ها چگونه تکرار می‌شوند</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every day, without a break</source>
        <translation>هر روز، بدون وقفه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On some days of a repeating cycle (e.g. days 1–21 of 28)</source>
        <translation>در برخی روزهای یک دورهٔ تکرارشونده (مثلاً روزهای ۱ تا ۲۱ از ۲۸)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every so many days, weeks or months</source>
        <translation>هر چند روز، هفته یا ماه یک بار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading doses first, then a regular gap</source>
        <translation>نخست نوبت‌های بارگیری، سپس با فاصلهٔ منظم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first gap for some doses, then a longer gap</source>
        <translation>فاصله‌ای برای چند نوبت نخست، سپس فاصله‌ای بلندتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On dates I choose</source>
        <translation>در تاریخ‌هایی که خودم برمی‌گزینم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stepping down: a dose for some days, then a smaller one (e.g. a steroid course)</source>
        <translation>کاهش تدریجی: یک مقدار برای چند روز، سپس مقداری کمتر (مثلاً دورهٔ استروئید)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A dose every day, at the reminder times above.</source>
        <translation>هر روز یک نوبت، در ساعت‌های یادآوری بالا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 1-21, or 1, 8, 15</source>
        <translation>مثلاً 1-21، یا 1, 8, 15</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose &amp;days in the cycle:</source>
        <translation>&amp;روزهای مصرف در دوره:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle &amp;length:</source>
        <translation>&amp;طول دوره:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every</source>
        <translation>هر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Every:</source>
        <translation>&amp;هر:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 1, 15, 29 — or just 1</source>
        <translation>مثلاً 1, 15, 29 — یا فقط 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Then every</source>
        <translation>سپس هر</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Loading dose &amp;days:</source>
        <translation>&amp;روزهای نوبت‌های بارگیری:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Then every:</source>
        <translation>&amp;سپس هر:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First every</source>
        <translation>نخست هر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> doses</source>
        <translation> نوبت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;First every:</source>
        <translation>&amp;نخست هر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For:</source>
        <translation>به مدت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;hen every:</source>
        <translation>&amp;سپس هر:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date to add</source>
        <translation>تاریخی که افزوده شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add date</source>
        <translation>افزودن تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected</source>
        <translation>برداشتن گزینهٔ انتخاب‌شده</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chosen dates</source>
        <translation>تاریخ‌های برگزیده</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every day from the first day: each step lasts its days, with the dose as the team wrote it. It ends by itself after the last step. Steroids are best taken in the morning and at midday.</source>
        <translation>هر روز از روز نخست: هر مرحله به اندازهٔ روزهای خودش طول می‌کشد، با مقداری که تیم درمان نوشته است. پس از آخرین مرحله خودبه‌خود پایان می‌یابد. بهتر است استروئیدها صبح و ظهر مصرف شوند.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days</source>
        <translation>روزها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dose (as written)</source>
        <translation>مقدار (همان‌طور که نوشته شده)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Times</source>
        <translation>ساعت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps of the course</source>
        <translation>مرحله‌های دوره</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a ste&amp;p</source>
        <translation>&amp;افزودن مرحله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen step</source>
        <translation>برداشتن مرحلهٔ برگزیده</translation>
    </message>
</context>
<context>
    <name>PeopleAccessModel</name>
    <message>
        <location filename="../tracker/ui/settings/sharing_page.py" line="+86"/>
        <source>{name} (you)</source>
        <translation>{name} (شما)</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../tracker/ui/main/person_switch.py" line="+36"/>
        <source>{name} (carer, {relation})</source>
        <translation>{name} (مراقب، {relation})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (carer)</source>
        <translation>{name} (مراقب)</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../tracker/ui/settings/people_page.py" line="+42"/>
        <source>Patient and carers</source>
        <translation>بیمار و مراقبان</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change the &amp;patient&apos;s name…</source>
        <translation>تغییر نام &amp;بیمار…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A carer who enters symptoms or doses on this computer can be named, so the diary shows who entered what. Choose who is entering at the bottom of the window or in each form.</source>
        <translation>مراقبی که در این رایانه نشانه‌ها یا نوبت‌ها را ثبت می‌کند می‌تواند نام داشته باشد تا دفترچه نشان دهد چه کسی چه چیزی را ثبت کرده است. در پایین پنجره یا در هر فرم برگزینید چه کسی ثبت می‌کند.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Carers</source>
        <translation>مراقبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Carers&lt;/b&gt;</source>
        <translation>&lt;b&gt;مراقبان&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No carers yet. Add one below if someone helps you keep this diary.</source>
        <translation>هنوز مراقبی نیست. اگر کسی در نوشتن این دفترچه کمکتان می‌کند، در پایین او را بیفزایید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove from the lists…</source>
        <translation>برداشتن از فهرست‌ها…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a carer</source>
        <translation>افزودن مراقب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: daughter, partner, friend</source>
        <translation>برای نمونه: دختر، همسر، دوست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Relation (optional):</source>
        <translation>&amp;نسبت (اختیاری):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add carer</source>
        <translation>افزودن مراقب</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This journal belongs to &lt;b&gt;{name}&lt;/b&gt;.</source>
        <extracomment>The patient&apos;s name as last read (the rename dialog starts from it).</extracomment>
        <translation>این دفترچه از آنِ &lt;b&gt;{name}&lt;/b&gt; است.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Patient&apos;s name</source>
        <translation>نام بیمار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name as it should appear in the diary and the clinic summary:</source>
        <translation>نام، همان‌طور که باید در دفترچه و خلاصهٔ ویزیت بیاید:</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{name} was added.</source>
        <translation>{name} افزوده شد.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove carer</source>
        <translation>برداشتن مراقب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take {name} off the lists? Everything {name} entered stays in the diary, still named.</source>
        <translation>{name} از فهرست‌ها برداشته شود؟ هر چه {name} ثبت کرده با همان نام در دفترچه می‌ماند.</translation>
    </message>
</context>
<context>
    <name>PersonSwitch</name>
    <message>
        <location filename="../tracker/ui/main/person_switch.py" line="+18"/>
        <source>&amp;Entering as:</source>
        <translation>&amp;ثبت به نام:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who is typing now. Entries are marked with this name. Ctrl+E</source>
        <translation>چه کسی اکنون می‌نویسد. یادداشت‌ها با این نام علامت می‌خورند. Ctrl+E</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../tracker/ui/plan/actions.py" line="+25"/>
        <source>add a line of treatment</source>
        <translation>افزودن خط درمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change a line of treatment</source>
        <translation>تغییر خط درمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end a line of treatment</source>
        <translation>پایان دادن به خط درمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove a line of treatment</source>
        <translation>برداشتن خط درمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a drug</source>
        <translation>افزودن دارو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correct a drug</source>
        <translation>اصلاح دارو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change a drug&apos;s schedule or dose</source>
        <translation>تغییر برنامه یا مقدار دارو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove a drug</source>
        <translation>برداشتن دارو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delay a cycle or dose</source>
        <translation>به تأخیر انداختن دوره یا نوبت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold a dose</source>
        <translation>متوقف کردن یک نوبت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the dose</source>
        <translation>تغییر مقدار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start a treatment break</source>
        <translation>آغاز وقفه در درمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restart after a break</source>
        <translation>از سرگیری پس از وقفه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add an appointment</source>
        <translation>افزودن نوبت ملاقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change an appointment</source>
        <translation>تغییر نوبت ملاقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete an appointment</source>
        <translation>حذف نوبت ملاقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clear a dose mark</source>
        <translation>پاک کردن علامت یک نوبت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark a dose taken</source>
        <translation>علامت زدن نوبت به‌عنوان مصرف‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark a dose missed</source>
        <translation>علامت زدن نوبت به‌عنوان جاافتاده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark a dose skipped</source>
        <translation>علامت زدن نوبت به‌عنوان ردشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark a dose held by the team</source>
        <translation>علامت زدن نوبت به‌عنوان متوقف‌شده به دستور تیم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say what happened to doses before today</source>
        <translation>مشخص کردن وضعیت نوبت‌های پیش از امروز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark a day&apos;s doses</source>
        <translation>علامت زدن نوبت‌های یک روز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a radiotherapy course or procedure</source>
        <translation>افزودن دورهٔ پرتودرمانی یا اقدام درمانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correct a radiotherapy course or procedure</source>
        <translation>اصلاح دورهٔ پرتودرمانی یا اقدام درمانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove a radiotherapy course or procedure</source>
        <translation>برداشتن دورهٔ پرتودرمانی یا اقدام درمانی</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Undo: {what} (Ctrl+Z)</source>
        <translation>واگرد: {what} (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to undo</source>
        <translation>چیزی برای واگرد نیست</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../tracker/ui/plan/view.py" line="+91"/>
        <source>No plan yet</source>
        <extracomment>The session&apos;s plan use case: its one undo history also holds the doses marked on Today. What runs once the next read is shown (select the line just saved, open its next form). The last read asked for has been shown (actions that read the lists wait until then).</extracomment>
        <translation>هنوز برنامه‌ای نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the treatment your team gave you: start with a line of treatment (for example letrozole and palbociclib), then its drugs and how often you take them.</source>
        <translation>درمانی را که تیم درمان به شما داده بیفزایید: با یک خط درمان آغاز کنید (برای نمونه لتروزول و پالبوسیکلیب)، سپس داروهایش و اینکه هر چند وقت یک بار مصرفشان می‌کنید.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your treatment plan</source>
        <translation>برنامهٔ درمان شما</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+22"/>
        <source>What is a line of treatment?</source>
        <translation>خط درمان چیست؟</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Add a line of treatment…</source>
        <translation>افزودن خط درمان…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a radiotherapy course or procedure…</source>
        <translation>افزودن دورهٔ پرتودرمانی یا اقدام درمانی…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How cycles work</source>
        <translation>دوره‌های درمان چگونه کار می‌کنند</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line of treatment</source>
        <translation>خط درمان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&amp;ine:</source>
        <translation>&amp;خط درمان:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New line…</source>
        <translation>خط تازه…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit line…</source>
        <translation>ویرایش خط…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End line…</source>
        <translation>پایان خط…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drugs in this line</source>
        <translation>داروهای این خط درمان</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a drug…</source>
        <translation>افزودن دارو…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change schedule or dose…</source>
        <translation>تغییر برنامه یا مقدار…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &amp;team changed something</source>
        <translation>&amp;تیم درمان چیزی را تغییر داد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A delay, a held dose, a new dose, a break, or removing something entered by mistake</source>
        <translation>تأخیر، نوبت متوقف‌شده، مقدار تازه، وقفه، یا برداشتن چیزی که اشتباهی وارد شده</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delay a cycle or dose…</source>
        <translation>به تأخیر انداختن دوره یا نوبت…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hold a dose…</source>
        <translation>متوقف کردن یک نوبت…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the dose from a date…</source>
        <translation>تغییر مقدار از یک تاریخ…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a treatment break…</source>
        <translation>آغاز وقفه در درمان…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart after a break…</source>
        <translation>از سرگیری پس از وقفه…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this drug (entered by mistake)</source>
        <translation>برداشتن این دارو (اشتباهی وارد شده)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this whole line (entered by mistake)</source>
        <translation>برداشتن کل این خط (اشتباهی وارد شده)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Radiotherapy, operations and procedures</source>
        <translation>پرتودرمانی، عمل‌های جراحی و اقدام‌های درمانی</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>About radiotherapy</source>
        <translation>دربارهٔ پرتودرمانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About surgery and procedures</source>
        <translation>دربارهٔ جراحی و اقدام‌های درمانی</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a &amp;radiotherapy course or procedure…</source>
        <translation>&amp;افزودن دورهٔ پرتودرمانی یا اقدام درمانی…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct it…</source>
        <translation>اصلاح…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove it</source>
        <translation>برداشتن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines of treatment</source>
        <translation>خطوط درمان</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+131"/>
        <source>Add an appointment…</source>
        <translation>افزودن نوبت ملاقات…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Mark this day&apos;s doses…</source>
        <translation>&amp;علامت زدن نوبت‌های این روز…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appointments on the chosen day</source>
        <translation>نوبت‌های روز برگزیده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>No line of treatment yet: use “New line…” to add the treatment your team gave you.</source>
        <translation>هنوز خط درمانی نیست: با «خط تازه…» درمانی را که تیم درمان به شما داده بیفزایید.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Remove</source>
        <translation>برداشتن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>نگه دار</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You can take this back with Undo (Ctrl+Z) while this window stays open.</source>
        <translation>تا وقتی این پنجره باز است، می‌توانید با واگرد (Ctrl+Z) آن را برگردانید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove this drug?</source>
        <translation>این دارو برداشته شود؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {name} from this line? Use this only if it was entered by mistake; if the team stopped it, use “Change schedule or dose…” or end the line instead.

{hint}</source>
        <translation>{name} از این خط درمان برداشته شود؟ فقط اگر اشتباهی وارد شده از این استفاده کنید؛ اگر تیم درمان آن را قطع کرده، «تغییر برنامه یا مقدار…» را به کار ببرید یا به خط درمان پایان دهید.

{hint}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove this whole line?</source>
        <translation>کل این خط درمان برداشته شود؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove line {n} ({name}) and all its drugs? Use this only if it was entered by mistake; if the treatment stopped, use “End line…” so its history stays.

{hint}</source>
        <translation>خط {n} ({name}) و همهٔ داروهایش برداشته شوند؟ فقط اگر اشتباهی وارد شده از این استفاده کنید؛ اگر درمان متوقف شده، «پایان خط…» را به کار ببرید تا تاریخچه‌اش بماند.

{hint}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>None recorded.</source>
        <translation>چیزی ثبت نشده است.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Remove this treatment?</source>
        <translation>این درمان برداشته شود؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {what} and its days from your calendar? Use this only if it was entered by mistake.

{hint}</source>
        <translation>{what} و روزهایش از تقویم شما برداشته شوند؟ فقط اگر اشتباهی وارد شده از این استفاده کنید.

{hint}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{time} {what}</source>
        <translation>{time} {what}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Delete this appointment?</source>
        <translation>این نوبت ملاقات حذف شود؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}, {day} at {time}

{hint}</source>
        <translation>{what}، {day} ساعت {time}

{hint}</translation>
    </message>
</context>
<context>
    <name>RatingButtons</name>
    <message>
        <location filename="../tracker/ui/diary/rating_buttons.py" line="+83"/>
        <source>not answered yet</source>
        <extracomment>A digit key chose a value: the form moves on to the next question.</extracomment>
        <translation>هنوز پاسخ داده نشده</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyBox</name>
    <message>
        <location filename="../tracker/ui/wizard/recovery_box.py" line="+30"/>
        <source>Treatment Journey: recovery key</source>
        <translation>Treatment Journey: کلید بازیابی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal: {name}</source>
        <translation>دفترچه: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This key opens your journal if you forget your passphrase.</source>
        <translation>اگر گذرواژه‌تان را فراموش کنید، این کلید دفترچه را باز می‌کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it somewhere safe and private, away from this computer.</source>
        <translation>آن را جایی امن و خصوصی، دور از این رایانه نگه دارید.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Your recovery key</source>
        <translation>کلید بازیابی شما</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;چاپ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;file…</source>
        <translation>ذخیره به‌صورت &amp;فایل…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I have printed it, saved it or written it down, and put it somewhere safe</source>
        <translation>آن را چاپ، ذخیره یا یادداشت کرده‌ام و جایی امن گذاشته‌ام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To check, type the &amp;last group of 4 characters:</source>
        <translation>برای اطمینان، &amp;آخرین گروه ۴ نویسه‌ای را بنویسید:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Save recovery key</source>
        <translation>ذخیرهٔ کلید بازیابی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt)</source>
        <translation>فایل‌های متنی (*.txt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key could not be saved there. Try another place, such as a USB stick.</source>
        <translation>کلید در آنجا ذخیره نشد. جای دیگری مانند فلش USB را امتحان کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved. Only you can read that file. Keep a copy away from this computer too.</source>
        <translation>ذخیره شد. فقط شما می‌توانید آن فایل را بخوانید. نسخه‌ای هم دور از این رایانه نگه دارید.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print recovery key</source>
        <translation>چاپ کلید بازیابی</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sent to the printer. Check the page shows all 8 groups clearly.</source>
        <translation>به چاپگر فرستاده شد. بررسی کنید که هر ۸ گروه روی برگه واضح دیده شوند.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location line="+21"/>
        <source>Treatment Journey</source>
        <translation>Treatment Journey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This key will not be shown again. Close without keeping it?</source>
        <translation>این کلید دوباره نشان داده نمی‌شود. بدون نگه داشتنش می‌بندید؟</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../tracker/ui/wizard/pages.py" line="+47"/>
        <source>Your recovery key</source>
        <translation>کلید بازیابی شما</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your journal is ready. This recovery key opens it if you ever forget your passphrase. It is shown only now. Print it or save it (for example on a USB stick), and keep it somewhere safe, away from this computer.</source>
        <translation>دفترچهٔ شما آماده است. اگر روزی گذرواژه‌تان را فراموش کنید، این کلید بازیابی آن را باز می‌کند. فقط همین حالا نشان داده می‌شود. آن را چاپ یا ذخیره کنید (مثلاً روی فلش USB) و جایی امن، دور از این رایانه نگه دارید.</translation>
    </message>
</context>
<context>
    <name>RecoveryUnlockDialog</name>
    <message>
        <location filename="../tracker/ui/unlock/recovery_dialog.py" line="+33"/>
        <source>Treatment Journey</source>
        <translation>Treatment Journey</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the recovery key you printed or saved when you created this journal. Then choose a new passphrase: the old one will stop working. Your diary is not changed.</source>
        <translation>کلید بازیابی‌ای را که هنگام ساختن این دفترچه چاپ یا ذخیره کردید بنویسید. سپس گذرواژهٔ تازه‌ای برگزینید: گذرواژهٔ پیشین دیگر کار نمی‌کند. دفترچهٔ شما تغییری نمی‌کند.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery &amp;key:</source>
        <translation>&amp;کلید بازیابی:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;گذرواژهٔ تازه:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Type it again:</source>
        <translation>&amp;دوباره بنویسید:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Unlock and save new passphrase</source>
        <translation>&amp;باز کردن قفل و ذخیرهٔ گذرواژهٔ تازه</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A recovery key has 32 letters and digits in 8 groups of 4. Check it and try again.</source>
        <translation>کلید بازیابی ۳۲ حرف و رقم در ۸ گروه ۴ تایی دارد. آن را بررسی کنید و دوباره امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <location filename="../tracker/ui/reminders/controller.py" line="+257"/>
        <location line="+88"/>
        <source>Show today&apos;s doses</source>
        <extracomment>Emitted with the number of open doses due now (for badges and tests). Show the window at Today (a click on the notification or the tray). &quot;Taken&quot; while locked: the window shows the unlock screen; doses are marked after unlock. The tray menu&apos;s Quit. Coming due times (UTC instants and counts); all a locked app knows. Dose or appointment reminders are on (as last read from the journal, or from the saved times at a locked start). The doses missed since last seen were asked for at an unlock and have not landed yet.</extracomment>
        <translation>نمایش نوبت‌های امروز</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Mark the due doses taken</source>
        <translation>علامت زدن نوبت‌های موعدرسیده به‌عنوان مصرف‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 10 minutes</source>
        <translation>یادآوری دوباره ۱۰ دقیقهٔ دیگر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit Treatment Journey</source>
        <translation>خروج از Treatment Journey</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <location line="+62"/>
        <location line="+35"/>
        <source>Treatment Journey</source>
        <translation>Treatment Journey</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Treatment Journey: 1 dose to mark</source>
        <translation>Treatment Journey: ۱ نوبت برای علامت زدن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treatment Journey: {n} doses to mark</source>
        <translation>Treatment Journey: {n} نوبت برای علامت زدن</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>A dose is due.</source>
        <translation>وقت یک نوبت دارو رسیده است.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n doses are due.</source>
        <translation>
            <numerusform>وقت %n نوبت دارو رسیده است.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>مصرف شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Snooze 10 min</source>
        <translation>تعویق ۱۰ دقیقه</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>An appointment tomorrow at {time}.</source>
        <translation>یک نوبت ملاقات فردا ساعت {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An appointment at {time}.</source>
        <translation>یک نوبت ملاقات ساعت {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointments are coming up, the first tomorrow at {time}.</source>
        <translation>چند نوبت ملاقات در پیش است؛ اولی فردا ساعت {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments are coming up, the first at {time}.</source>
        <translation>چند نوبت ملاقات در پیش است؛ اولی ساعت {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show appointments</source>
        <translation>نمایش نوبت‌های ملاقات</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../tracker/ui/settings/reminders_page.py" line="+48"/>
        <source>Reminders are worked out from your plan. The time of day for each drug is set in the plan (Plan → Change schedule or dose). Notifications never name your drugs, because they can show on a locked screen.</source>
        <translation>یادآوری‌ها از برنامهٔ درمان شما به دست می‌آیند. ساعت هر دارو در برنامه تعیین می‌شود (برنامه ← تغییر برنامه یا مقدار). اعلان‌ها هرگز نام داروهایتان را نمی‌آورند، چون ممکن است روی صفحهٔ قفل‌شده دیده شوند.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+116"/>
        <source> minutes</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Do not repeat</source>
        <translation>تکرار نشود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat until marked, every:</source>
        <translation>&amp;تکرار تا علامت خوردن، هر:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remind me before I unlock</source>
        <translation>پیش از باز کردن قفل هم به من یادآوری کن</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start when I log in</source>
        <translation>هنگام ورود من به رایانه اجرا شود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treatment Journey then starts locked when you log in to this computer, so it can remind you.</source>
        <translation>در این صورت Treatment Journey هنگام ورود شما به این رایانه، در حالت قفل اجرا می‌شود تا بتواند به شما یادآوری کند.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On this system, add Treatment Journey to your login items yourself.</source>
        <translation>در این سیستم، Treatment Journey را خودتان به برنامه‌های آغاز به کار بیفزایید.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Remind me when a dose is due</source>
        <translation>وقتی نوبت دارو رسید به من یادآوری کن</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reminders go on while the journal is locked and after you close the window (Treatment Journey keeps running until you choose Quit).</source>
        <translation>یادآوری‌ها هنگامی که دفترچه قفل است و پس از بستن پنجره هم ادامه دارند (Treatment Journey تا وقتی «خروج» را برگزینید در حال اجرا می‌ماند).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remind me before appointments</source>
        <translation>پیش از نوبت‌های ملاقات یادآوری کن</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>30 minutes before</source>
        <translation>۳۰ دقیقه پیش از آن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour before</source>
        <translation>۱ ساعت پیش از آن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 hours before</source>
        <translation>۲ ساعت پیش از آن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evening before, at {time}</source>
        <translation>عصر روز قبل، ساعت {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When to remind before appointments</source>
        <translation>زمان یادآوری پیش از نوبت‌های ملاقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>&amp;زمان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment reminders give only the time, never what or where.</source>
        <translation>یادآوری نوبت‌های ملاقات فقط ساعت را می‌گوید، هرگز چه چیزی یا کجا را.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without this, reminders start only once you have unlocked your journal after starting the app. With it, your reminder times are kept on this computer: a small file beside your journal lists the times of the next three weeks&apos; doses and appointments. It shows only that something is due at those times: no drug names, no doses, nothing you wrote. Someone who can read your files could see those times. Leave it off if you prefer that to reminders at login.</source>
        <translation>بدون این گزینه، یادآوری‌ها فقط وقتی آغاز می‌شوند که پس از اجرای برنامه قفل دفترچه را باز کرده باشید. با آن، ساعت‌های یادآوری شما روی این رایانه نگه داشته می‌شود: فایل کوچکی کنار دفترچهٔ شما ساعت‌های نوبت‌های دارو و نوبت‌های ملاقات سه هفتهٔ آینده را فهرست می‌کند. این فایل فقط نشان می‌دهد که در آن ساعت‌ها نوبت چیزی است: نه نام دارویی، نه مقدار دارویی، نه چیزی که نوشته‌اید. کسی که بتواند فایل‌های شما را بخواند ممکن است آن ساعت‌ها را ببیند. اگر این را به داشتن یادآوری هنگام ورود به رایانه ترجیح می‌دهید، این گزینه را خاموش بگذارید.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>So your phone or computer calendar reminds you even when this app is not running, choose a calendar file. It is rewritten whenever the plan changes while your journal is unlocked. Subscribe to it in your calendar app (rather than importing it once) so changes reach the calendar. It holds drug names and times.</source>
        <translation>برای اینکه تقویم گوشی یا رایانه‌تان حتی وقتی این برنامه اجرا نمی‌شود به شما یادآوری کند، یک فایل تقویم برگزینید. هر بار که برنامهٔ درمان در زمانی که قفل دفترچه باز است تغییر کند، این فایل از نو نوشته می‌شود. در برنامهٔ تقویمتان این فایل را به‌صورت اشتراکی (subscribe) اضافه کنید، نه اینکه یک بار واردش کنید، تا تغییرها به تقویم برسند. این فایل نام داروها و ساعت‌ها را در خود دارد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No calendar file chosen</source>
        <translation>فایل تقویمی برگزیده نشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+101"/>
        <source>Calendar file</source>
        <translation>فایل تقویم</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Choose file…</source>
        <translation>گزینش فایل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop updating</source>
        <translation>توقف به‌روزرسانی</translation>
    </message>
    <message>
        <location line="+60"/>
        <source> minute</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Calendar files (*.ics)</source>
        <translation>فایل‌های تقویم (*.ics)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The calendar file is no longer updated. Remove it from your calendar app if you like.</source>
        <translation>فایل تقویم دیگر به‌روز نمی‌شود. اگر خواستید آن را از برنامهٔ تقویم بردارید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the calendar file…</source>
        <translation>در حال نوشتن فایل تقویم…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar file written. It will be updated when the plan changes.</source>
        <translation>فایل تقویم نوشته شد. وقتی برنامهٔ درمان تغییر کند به‌روز می‌شود.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The calendar file could not be written.</source>
        <translation>فایل تقویم نوشته نشد.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../tracker/ui/backup/restore_dialog.py" line="+33"/>
        <source>Restore a backup</source>
        <extracomment>(secret, use_recovery_key) when the person presses Restore</extracomment>
        <translation>بازگردانی یک پشتیبان</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the journal from this backup ({when})?</source>
        <translation>دفترچهٔ این پشتیبان ({when}) افزوده شود؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This backup is of a different journal. It will be added as a separate journal that you can open from the start screen. Your current journal is not changed.</source>
        <translation>این پشتیبان مال دفترچهٔ دیگری است. به‌عنوان دفترچه‌ای جداگانه افزوده می‌شود که می‌توانید از صفحهٔ آغاز بازش کنید. دفترچهٔ کنونی شما تغییری نمی‌کند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the backup from {when}?</source>
        <translation>پشتیبانِ {when} بازگردانده شود؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your journal will go back to how it was on {when}. Anything entered after that will not be in it.</source>
        <translation>دفترچهٔ شما به حالت {when} برمی‌گردد. هر چه پس از آن وارد شده در آن نخواهد بود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is thrown away: the journal as it is now is first kept in a separate folder. The backup is checked completely before anything changes.</source>
        <translation>چیزی دور ریخته نمی‌شود: نخست دفترچه به شکل کنونی‌اش در پوشه‌ای جداگانه نگه داشته می‌شود. پیش از هر تغییری، پشتیبان به‌طور کامل بررسی می‌شود.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Use the &amp;passphrase</source>
        <translation>استفاده از &amp;گذرواژه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the recovery &amp;key</source>
        <translation>استفاده از &amp;کلید بازیابی</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking the backup</source>
        <translation>در حال بررسی پشتیبان</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add journal</source>
        <translation>&amp;افزودن دفترچه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Restore</source>
        <translation>&amp;بازگردانی</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recovery &amp;key:</source>
        <translation>&amp;کلید بازیابی:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recovery key you printed or saved when you created the journal.</source>
        <translation>کلید بازیابی‌ای که هنگام ساختن دفترچه چاپ یا ذخیره کردید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;گذرواژه:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase the journal had when this backup was made.</source>
        <translation>گذرواژه‌ای که دفترچه هنگام ساختن این پشتیبان داشت.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <location filename="../tracker/ui/backup/restore_flow.py" line="+76"/>
        <source>The backup could not be restored. Your journal was not changed.</source>
        <extracomment>(the reopened OpenJournal, the folder the old files were kept in or None, whether the passphrase and recovery key stayed as they were) a backup of another journal was added next to this one: (its journal id) the swap failed and the journal as it was was reopened: (that OpenJournal, a message to show)</extracomment>
        <translation>پشتیبان بازگردانده نشد. دفترچهٔ شما تغییری نکرد.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The backup could not be restored. Your journal was reopened as it was.</source>
        <translation>پشتیبان بازگردانده نشد. دفترچهٔ شما همان‌طور که بود دوباره باز شد.</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <location filename="../tracker/ui/diary/entry_forms.py" line="+7"/>
        <source>Scan</source>
        <translation>تصویربرداری</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit scan</source>
        <translation>ویرایش تصویربرداری</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind of scan:</source>
        <translation>&amp;نوع تصویربرداری:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CT scan</source>
        <translation>سی‌تی‌اسکن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MRI scan</source>
        <translation>ام‌آر‌آی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bone scan</source>
        <translation>اسکن استخوان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PET-CT scan</source>
        <translation>پت‌اسکن (PET-CT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ultrasound</source>
        <translation>سونوگرافی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>X-ray</source>
        <translation>عکس رادیولوژی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heart scan (echo or MUGA)</source>
        <translation>بررسی قلب (اکو یا MUGA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;تاریخ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What you were told:</source>
        <translation>&amp;آنچه به شما گفتند:</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../tracker/ui/learn/models.py" line="+45"/>
        <source>Glossary: {term}</source>
        <translation>واژه‌نامه: {term}</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../tracker/ui/main/sections.py" line="+24"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is due today, what is overdue, and alerts.</source>
        <translation>کارهای امروز، کارهای عقب‌افتاده و هشدارها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your lines of treatment, cycles and schedules.</source>
        <translation>خطوط درمان، دوره‌ها و برنامه‌های مصرف شما.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diary</source>
        <translation>دفترچه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything you logged: symptoms, doses, results and notes.</source>
        <translation>هر چه ثبت کرده‌اید: نشانه‌ها، نوبت‌های دارو، نتیجه‌ها و یادداشت‌ها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts</source>
        <translation>نمودارها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How symptoms, weight and blood results have changed over time.</source>
        <translation>نشانه‌ها، وزن و نتیجه‌های آزمایش خون با گذشت زمان چگونه تغییر کرده‌اند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn</source>
        <translation>آموختن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain explanations of treatments, tests and symptoms.</source>
        <translation>توضیح سادهٔ درمان‌ها، آزمایش‌ها و نشانه‌ها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clinic summary, exports and backups.</source>
        <translation>خلاصه برای ویزیت پزشک، خروجی‌ها و پشتیبان‌ها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase, care team, reminders, language and more.</source>
        <translation>گذرواژه، تیم درمان، یادآوری‌ها، زبان و موارد دیگر.</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../tracker/ui/settings/security_page.py" line="+95"/>
        <source>Change passphrase</source>
        <extracomment>The password store is asked off the GUI thread: it can show its own prompt and wait.</extracomment>
        <translation>تغییر گذرواژه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new passphrase opens the journal from now on. Backups made before the change still open with the old one. If someone may know it, use “New keys” below instead.</source>
        <translation>از این پس گذرواژهٔ تازه دفترچه را باز می‌کند. پشتیبان‌هایی که پیش از این تغییر ساخته شده‌اند هنوز با گذرواژهٔ پیشین باز می‌شوند. اگر ممکن است کسی گذرواژهٔ پیشین را بداند، به جای این کار از «کلیدهای تازه» در پایین استفاده کنید.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>گذرواژهٔ &amp;کنونی:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;گذرواژهٔ تازه:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the new one &amp;again:</source>
        <translation>گذرواژهٔ تازه را &amp;دوباره بنویسید:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change passphrase</source>
        <translation>&amp;تغییر گذرواژه</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Recovery key</source>
        <translation>کلید بازیابی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recovery key opens your journal if you forget your passphrase. If you lost it, make a new one: the old one no longer opens the journal, but backups made before still open with it. If someone else may have seen it, use “New keys” below instead.</source>
        <translation>اگر گذرواژه‌تان را فراموش کنید، کلید بازیابی دفترچه را باز می‌کند. اگر آن را گم کرده‌اید، کلید تازه‌ای بسازید: کلید پیشین دیگر دفترچه را باز نمی‌کند، اما پشتیبان‌هایی که پیش‌تر ساخته شده‌اند هنوز با آن باز می‌شوند. اگر ممکن است کس دیگری آن را دیده باشد، به جای این کار از «کلیدهای تازه» در پایین استفاده کنید.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New keys</source>
        <translation>کلیدهای تازه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If someone may know your passphrase or recovery key, a new passphrase alone is not enough: older copies of the journal&apos;s key file, inside every backup, still open it with the old secrets. This gives the journal a new encryption key, passphrase and recovery key, and re-locks (or deletes) the older backups in its folder.</source>
        <translation>اگر ممکن است کسی گذرواژه یا کلید بازیابی شما را بداند، گذرواژهٔ تازه به‌تنهایی کافی نیست: نسخه‌های قدیمی‌تر فایل کلید دفترچه، درون هر پشتیبان، هنوز با رمزهای پیشین آن را باز می‌کنند. این کار به دفترچه کلید رمزگذاری، گذرواژه و کلید بازیابی تازه می‌دهد و پشتیبان‌های قدیمی‌تر در پوشه‌اش را دوباره قفل می‌کند (یا پاک می‌کند).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make new key&amp;s…</source>
        <translation>&amp;ساختن کلیدهای تازه…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Locking</source>
        <translation>قفل شدن</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+103"/>
        <source> minutes</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>You can always lock at once with Ctrl+L.</source>
        <translation>همیشه می‌توانید با Ctrl+L فوراً قفل کنید.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Journal name</source>
        <translation>نام دفترچه</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Make a new recover&amp;y key…</source>
        <translation>ساختن &amp;کلید بازیابی تازه…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Making new keys</source>
        <translation>در حال ساختن کلیدهای تازه</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lock after this long &amp;without use:</source>
        <translation>&amp;قفل شدن پس از این مدت بی‌استفاده ماندن:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;member on this computer</source>
        <translation>&amp;به خاطر سپردن در این رایانه</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Rename</source>
        <translation>&amp;تغییر نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un&amp;do rename</source>
        <translation>&amp;واگرد تغییر نام</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name or nic&amp;kname:</source>
        <translation>نام یا نام &amp;مستعار:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on the start screen before unlocking, so anyone using this computer can see it.</source>
        <translation>پیش از باز شدن قفل در صفحهٔ آغاز نشان داده می‌شود، پس هر کس از این رایانه استفاده کند آن را می‌بیند.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Checking this computer&apos;s password store…</source>
        <translation>در حال بررسی محل نگهداری گذرواژه‌های این رایانه…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not available: {reason}</source>
        <translation>در دسترس نیست: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> minute</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Type your current passphrase first.</source>
        <translation>نخست گذرواژهٔ کنونی‌تان را بنویسید.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Your passphrase has been changed. Use the new one from now on. Your recovery key still works. Backups made before now still open with the old passphrase.</source>
        <translation>گذرواژهٔ شما تغییر کرد. از این به بعد از گذرواژهٔ تازه استفاده کنید. کلید بازیابی‌تان همچنان کار می‌کند. پشتیبان‌هایی که پیش از این ساخته شده‌اند هنوز با گذرواژهٔ پیشین باز می‌شوند.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your current recovery key will no longer open the journal (backups made before now still open with it). Make a new one now?</source>
        <translation>کلید بازیابی کنونی شما دیگر دفترچه را باز نخواهد کرد (پشتیبان‌هایی که تا کنون ساخته شده‌اند هنوز با آن باز می‌شوند). همین حالا کلید تازه‌ای ساخته شود؟</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A new recovery key was made. The old one no longer opens the journal; backups made before now still open with it.</source>
        <translation>کلید بازیابی تازه‌ای ساخته شد. کلید پیشین دیگر دفترچه را باز نمی‌کند؛ پشتیبان‌هایی که پیش از این ساخته شده‌اند هنوز با آن باز می‌شوند.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The journal has a new encryption key, a new passphrase and a new recovery key. The old passphrase and recovery key no longer open it.</source>
        <translation>دفترچه اکنون کلید رمزگذاری تازه، گذرواژهٔ تازه و کلید بازیابی تازه دارد. گذرواژه و کلید بازیابی پیشین دیگر آن را باز نمی‌کنند.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This computer&apos;s password store now holds the new key.</source>
        <translation>انبار گذرواژهٔ این رایانه اکنون کلید تازه را نگه می‌دارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups saved anywhere else still open with the old passphrase and recovery key.</source>
        <translation>پشتیبان‌هایی که در هر جای دیگری ذخیره شده‌اند هنوز با گذرواژه و کلید بازیابی پیشین باز می‌شوند.</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+137"/>
        <source>The current passphrase is not right, so nothing was changed. Check Caps Lock and try again.</source>
        <translation>گذرواژهٔ کنونی درست نیست، پس چیزی تغییر نکرد. کلید Caps Lock را بررسی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>The journal then opens without the passphrase. Off is safer: anyone who can use this computer while you are logged in could then open the journal. The key is kept in the computer&apos;s own password store, never in a plain file.</source>
        <translation>در این صورت دفترچه بدون گذرواژه باز می‌شود. خاموش بودن امن‌تر است: با روشن بودن آن، هر کس بتواند در زمانی که وارد حساب کاربری‌تان هستید از این رایانه استفاده کند، می‌تواند دفترچه را باز کند. کلید در انبار گذرواژهٔ خود رایانه نگه داشته می‌شود، هرگز در یک فایل ساده.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Make a new recovery key</source>
        <translation>ساختن کلید بازیابی تازه</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>One older backup or earlier version was locked with the new key.</source>
        <translation>یک پشتیبان قدیمی‌تر یا نسخهٔ پیشین با کلید تازه قفل شد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} older backups or earlier versions were locked with the new key.</source>
        <translation>{n} پشتیبان قدیمی‌تر یا نسخهٔ پیشین با کلید تازه قفل شد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One older backup or earlier version was deleted.</source>
        <translation>یک پشتیبان قدیمی‌تر یا نسخهٔ پیشین پاک شد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} older backups or earlier versions were deleted.</source>
        <translation>{n} پشتیبان قدیمی‌تر یا نسخهٔ پیشین پاک شد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One older backup could not be re-locked (it was made before an earlier change of keys) and still opens with an older passphrase: delete it from the backups folder.</source>
        <translation>نمی‌شد یک پشتیبان قدیمی‌تر را دوباره قفل کرد (پیش از یک تغییر کلید قبلی ساخته شده است) و هنوز با گذرواژه‌ای قدیمی‌تر باز می‌شود: آن را از پوشهٔ پشتیبان‌ها پاک کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} older backups could not be re-locked (they were made before an earlier change of keys) and still open with an older passphrase: delete them from the backups folder.</source>
        <translation>نمی‌شد {n} پشتیبان قدیمی‌تر را دوباره قفل کرد (پیش از یک تغییر کلید قبلی ساخته شده‌اند) و هنوز با گذرواژه‌ای قدیمی‌تر باز می‌شوند: آن‌ها را از پوشهٔ پشتیبان‌ها پاک کنید.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The computer&apos;s password store did not accept the change ({kind}). Nothing else was changed.</source>
        <translation>انبار گذرواژهٔ رایانه این تغییر را نپذیرفت ({kind}). چیز دیگری تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer now remembers the journal&apos;s key.</source>
        <translation>این رایانه اکنون کلید دفترچه را به خاطر می‌سپارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer no longer remembers the journal&apos;s key.</source>
        <translation>این رایانه دیگر کلید دفترچه را به خاطر نمی‌سپارد.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Renamed. The start screen shows the new name.</source>
        <translation>نام تغییر کرد. صفحهٔ آغاز نام تازه را نشان می‌دهد.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The old name is back.</source>
        <translation>نام پیشین برگشت.</translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <location filename="../tracker/ui/settings/pages.py" line="+21"/>
        <source>Passphrase and locking</source>
        <translation>گذرواژه و قفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient and carers</source>
        <translation>بیمار و مراقبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing</source>
        <translation>اشتراک‌گذاری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About my diagnosis</source>
        <translation>دربارهٔ تشخیص من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care team and alerts</source>
        <translation>تیم درمان و هشدارها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>یادآوری‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>پشتیبان‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language and appearance</source>
        <translation>زبان و ظاهر</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../tracker/ui/settings/view.py" line="+46"/>
        <source>Settings pages</source>
        <translation>صفحه‌های تنظیمات</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../tracker/ui/settings/sharing_dialogs.py" line="-105"/>
        <source>Share this journal</source>
        <translation>اشتراک‌گذاری این دفترچه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a folder that your sync service already keeps in step with the other computer (a Syncthing folder, Nextcloud, Dropbox or OneDrive), or a USB stick you carry between them. Treatment Journey puts only encrypted files there.</source>
        <translation>پوشه‌ای را برگزینید که سرویس همگام‌سازی شما از پیش آن را با رایانهٔ دیگر همگام نگه می‌دارد (یک پوشهٔ Syncthing، Nextcloud، Dropbox یا OneDrive)، یا یک فلش USB که میان آن‌ها جابه‌جا می‌کنید. Treatment Journey فقط فایل‌های رمزگذاری‌شده را در آنجا می‌گذارد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A folder you already sync</source>
        <translation>پوشه‌ای که از پیش همگام‌سازی می‌کنید</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your passphrase opens the shared journal on other computers too. Each person you add later gets their own passphrase.</source>
        <translation>گذرواژهٔ شما دفترچهٔ مشترک را روی رایانه‌های دیگر هم باز می‌کند. هر کسی که بعداً بیفزایید گذرواژهٔ خودش را خواهد داشت.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sharing</source>
        <translation>اشتراک‌گذاری</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Share</source>
        <translation>ا&amp;شتراک‌گذاری</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the folder to share through first.</source>
        <translation>نخست پوشه‌ای را که از راه آن به اشتراک می‌گذارید برگزینید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no folder there. Choose a folder that exists, or connect the drive it is on.</source>
        <translation>در آنجا پوشه‌ای نیست. پوشه‌ای را برگزینید که وجود دارد، یا درایوی را که پوشه روی آن است وصل کنید.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That is not this journal&apos;s passphrase, so nothing was shared. Check Caps Lock and try again.</source>
        <translation>این گذرواژهٔ این دفترچه نیست، پس چیزی به اشتراک گذاشته نشد. کلید Caps Lock را بررسی کنید و دوباره امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <location filename="../tracker/ui/settings/sharing_page.py" line="+41"/>
        <source>Sharing</source>
        <translation>اشتراک‌گذاری</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sharing keeps this journal the same on two or three computers: yours, and a carer&apos;s who helps you keep it.</source>
        <translation>اشتراک‌گذاری این دفترچه را روی دو یا سه رایانه یکسان نگه می‌دارد: رایانهٔ شما و رایانهٔ مراقبی که در نوشتن آن کمکتان می‌کند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It works through a folder you already keep in step between computers: a Syncthing folder, Nextcloud, Dropbox, OneDrive, or a USB stick you carry. That folder receives only encrypted files. There is no server of ours, and nobody else can read them.</source>
        <translation>این کار از راه پوشه‌ای انجام می‌شود که از پیش میان رایانه‌ها همگام نگه می‌دارید: یک پوشهٔ Syncthing، Nextcloud، Dropbox، OneDrive، یا یک فلش USB که همراه می‌برید. آن پوشه فقط فایل‌های رمزگذاری‌شده دریافت می‌کند. هیچ سروری از ما در کار نیست و هیچ کس دیگری نمی‌تواند آن‌ها را بخواند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each person opens the journal with their own passphrase. You add them here, on this computer; they type their passphrase themselves, so nobody shares a passphrase.</source>
        <translation>هر کس دفترچه را با گذرواژهٔ خودش باز می‌کند. شما آن‌ها را اینجا، روی این رایانه، می‌افزایید؛ هر کس گذرواژه‌اش را خودش می‌نویسد، پس هیچ کس گذرواژه‌اش را با دیگری در میان نمی‌گذارد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Share this journal…</source>
        <translation>اشتراک‌&amp;گذاری این دفترچه…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <source>Shared folder</source>
        <translation>پوشهٔ مشترک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing through:</source>
        <translation>اشتراک‌گذاری از راه:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open folder</source>
        <translation>&amp;باز کردن پوشه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync now</source>
        <translation>&amp;همین حالا همگام‌سازی کن</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Syncing</source>
        <translation>همگام‌سازی</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Computers</source>
        <translation>رایانه‌ها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Computers sharing this journal</source>
        <translation>رایانه‌هایی که در این دفترچه شریک‌اند</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People who may open it</source>
        <translation>کسانی که می‌توانند آن را باز کنند</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People who may open this journal</source>
        <translation>کسانی که می‌توانند این دفترچه را باز کنند</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add a person…</source>
        <translation>&amp;افزودن یک نفر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop sharing</source>
        <translation>توقف اشتراک‌گذاری</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer stops using the shared folder. The journal stays here with everything in it.</source>
        <translation>این رایانه دیگر از پوشهٔ مشترک استفاده نمی‌کند. دفترچه با همهٔ محتوایش اینجا می‌ماند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top sharing on this computer…</source>
        <translation>&amp;توقف اشتراک‌گذاری در این رایانه…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Not synced yet on this computer.</source>
        <translation>هنوز در این رایانه همگام‌سازی نشده است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last synced {when}.</source>
        <translation>آخرین همگام‌سازی: {when}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>You cannot remove yourself. To stop using the shared folder on this computer, use “Stop sharing on this computer…”.</source>
        <translation>نمی‌توانید خودتان را حذف کنید. برای اینکه دیگر در این رایانه از پوشهٔ مشترک استفاده نشود، از «توقف اشتراک‌گذاری در این رایانه…» استفاده کنید.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This journal is now shared through {folder}. On the other computer, choose “Open a shared journal…” on the start screen, pick that folder once it has arrived there, and type the passphrase of the person using it. Add that person below first if it is not you.</source>
        <translation>این دفترچه اکنون از راه {folder} به اشتراک گذاشته شده است. روی رایانهٔ دیگر، در صفحهٔ آغاز «باز کردن دفترچهٔ مشترک…» را برگزینید، وقتی آن پوشه به آنجا رسید آن را انتخاب کنید و گذرواژهٔ کسی را که از آن رایانه استفاده می‌کند بنویسید. اگر آن فرد خودتان نیستید، نخست او را در پایین بیفزایید.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{name} may now open this journal. On their computer, they choose “Open a shared journal…” on the start screen and type the passphrase they just chose.</source>
        <translation>{name} اکنون می‌تواند این دفترچه را باز کند. او روی رایانهٔ خودش، در صفحهٔ آغاز «باز کردن دفترچهٔ مشترک…» را برمی‌گزیند و گذرواژه‌ای را که همین حالا انتخاب کرد می‌نویسد.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} was removed. New changes are locked with a new key their copy does not have. Remember to remove them from your sync service too.</source>
        <translation>{name} حذف شد. تغییرهای تازه با کلید تازه‌ای قفل می‌شوند که نسخهٔ او ندارد. یادتان باشد او را از سرویس همگام‌سازی‌تان هم حذف کنید.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This computer no longer shares the journal. Everything in it is still here.</source>
        <translation>این رایانه دیگر در اشتراک این دفترچه نیست. همهٔ محتوای آن هنوز اینجاست.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../tracker/ui/help/shortcuts.py" line="+38"/>
        <source>Move to the next control</source>
        <extracomment>Keys that work inside a view or everywhere, which no window-level QAction describes.</extracomment>
        <translation>رفتن به کنترل بعدی</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+3"/>
        <source>Everywhere</source>
        <translation>همه‌جا</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Move to the previous control</source>
        <translation>رفتن به کنترل پیشین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press the focused button or tick the focused box</source>
        <translation>فشردن دکمهٔ فعال یا تیک زدن جعبهٔ فعال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm: the highlighted button in a dialog</source>
        <translation>تأیید: دکمهٔ برجسته در پنجرهٔ گفت‌وگو</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Dialogs</source>
        <translation>پنجره‌های گفت‌وگو</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close a dialog without saving</source>
        <translation>بستن پنجرهٔ گفت‌وگو بدون ذخیره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the underlined letter: jump to that field or button</source>
        <translation>همراه با حرفِ زیرخط‌دار: پرش به آن فیلد یا دکمه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last change</source>
        <translation>واگرد آخرین تغییر</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Today, Plan, Diary</source>
        <translation>امروز، برنامه، دفترچه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>ازنو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log symptoms</source>
        <translation>ثبت نشانه‌ها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diary</source>
        <translation>دفترچه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate the focused symptom (none to very severe)</source>
        <translation>ارزیابی نشانهٔ فعال (از هیچ تا بسیار شدید)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Symptom form</source>
        <translation>فرم نشانه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the explanations</source>
        <translation>جست‌وجو در توضیحات</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Learn</source>
        <translation>آموختن</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Back to the previous article</source>
        <translation>بازگشت به مقالهٔ پیشین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward to the next article</source>
        <translation>رفتن به مقالهٔ بعدی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the article</source>
        <translation>چاپ مقاله</translation>
    </message>
    <message>
        <location filename="../tracker/ui/i18n_extra.py" line="+4"/>
        <source>Main window</source>
        <translation>پنجرهٔ اصلی</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../tracker/ui/help/shortcuts.py" line="+50"/>
        <location line="+29"/>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Everything in Treatment Journey can be done with the keyboard. These are the shortcuts; type in the box to find one.</source>
        <translation>در Treatment Journey همه کار را می‌توان با صفحه‌کلید انجام داد. این‌ها میان‌برها هستند؛ برای یافتن یکی، در کادر بنویسید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Find a shortcut</source>
        <translation>یافتن میان‌بر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>چه می‌کند</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>کجا</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../tracker/ui/main/sidebar.py" line="+104"/>
        <source>Sections</source>
        <extracomment>Icons only (titles in tooltips): set when the window leaves the views too little room.</extracomment>
        <translation>بخش‌ها</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <location filename="../tracker/ui/wizard/strength.py" line="+21"/>
        <source>Too short: use at least {n} characters.</source>
        <translation>خیلی کوتاه است: دست‌کم {n} نویسه به کار ببرید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak: easy to guess. Add a few more words.</source>
        <translation>ضعیف: حدس زدنش آسان است. چند واژهٔ دیگر بیفزایید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair: adding another word would make it much stronger.</source>
        <translation>متوسط: افزودن یک واژهٔ دیگر آن را بسیار قوی‌تر می‌کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good: hard to guess.</source>
        <translation>خوب: حدس زدنش دشوار است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong: very hard to guess.</source>
        <translation>قوی: حدس زدنش بسیار دشوار است.</translation>
    </message>
</context>
<context>
    <name>StrengthHint</name>
    <message>
        <location line="+63"/>
        <source>Passphrase strength</source>
        <extracomment>Theme colours by strength level (named, so dark mode gets its own shades).</extracomment>
        <translation>قدرت گذرواژه</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A short sentence of four or more ordinary words is strong and easy to remember.</source>
        <translation>جمله‌ای کوتاه با چهار واژهٔ معمولی یا بیشتر، هم قوی است و هم آسان به یاد می‌ماند.</translation>
    </message>
</context>
<context>
    <name>SymptomForm</name>
    <message>
        <location filename="../tracker/ui/diary/symptom_form.py" line="+117"/>
        <source>Save (Ctrl+Enter)</source>
        <extracomment>Symptoms the weekly check-in opens at once; the other suggestions wait behind &quot;More symptoms…&quot;. Save was pressed and the log is being written: the form closes once it is.</extracomment>
        <translation>ذخیره (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Edit symptom log</source>
        <translation>ویرایش ثبت نشانه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly check-in</source>
        <translation>بررسی هفتگی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log symptoms</source>
        <translation>ثبت نشانه‌ها</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Think back over the past 7 days. Rate each symptom from 0 (none) to 4. These are your own patient-reported ratings; there are no wrong answers.</source>
        <translation>به ۷ روز گذشته فکر کنید. به هر نشانه از ۰ (هیچ) تا ۴ امتیاز دهید. این امتیازها گزارش خود شما به‌عنوان بیمار است؛ پاسخ نادرستی وجود ندارد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add how you feel now, or earlier. Rate each symptom from 0 (none) to 4. These are your own patient-reported ratings; there are no wrong answers.</source>
        <translation>حال اکنون یا پیش‌ترتان را ثبت کنید. به هر نشانه از ۰ (هیچ) تا ۴ امتیاز دهید. این امتیازها گزارش خود شما به‌عنوان بیمار است؛ پاسخ نادرستی وجود ندارد.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Entered by:</source>
        <translation>&amp;ثبت به‌وسیلهٔ:</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>&lt;b&gt;Suggested for you&lt;/b&gt; (side effects of your current treatment first)</source>
        <translation>&lt;b&gt;پیشنهاد برای شما&lt;/b&gt; (نخست عوارض جانبی درمان کنونی‌تان)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Think back over the past 7 days for {name}. Rate each symptom from 0 (none) to 4, from what you saw or what {name} told you. These are carer-reported ratings.</source>
        <translation>به ۷ روز گذشتهٔ {name} فکر کنید. به هر نشانه از ۰ (هیچ) تا ۴ امتیاز دهید، بر پایهٔ آنچه دیدید یا {name} به شما گفت. این امتیازها گزارش مراقب است.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add how {name} feels now, or earlier. Rate each symptom from 0 (none) to 4, from what you see or what {name} tells you. These are carer-reported ratings.</source>
        <translation>حال اکنون یا پیش‌ترِ {name} را ثبت کنید. به هر نشانه از ۰ (هیچ) تا ۴ امتیاز دهید، بر پایهٔ آنچه می‌بینید یا {name} به شما می‌گوید. این امتیازها گزارش مراقب است.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Suggested for {name}&lt;/b&gt; (side effects of the current treatment first)</source>
        <translation>&lt;b&gt;پیشنهاد برای {name}&lt;/b&gt; (نخست عوارض جانبی درمان کنونی)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>More symptoms…</source>
        <translation>نشانه‌های بیشتر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate the other suggested symptoms too</source>
        <translation>به نشانه‌های پیشنهادی دیگر هم امتیاز دهید</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add another symptom:</source>
        <translation>&amp;افزودن نشانهٔ دیگر:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a few letters, then press Enter</source>
        <translation>چند حرف بنویسید، سپس Enter را بزنید</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Temperature</source>
        <translation>دمای بدن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why am I asked this?</source>
        <translation>چرا این را می‌پرسند؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Temperature:</source>
        <translation>&amp;دمای بدن:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weight</source>
        <translation>وزن</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Weight:</source>
        <translation>&amp;وزن:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anything else: what helped, what made it worse</source>
        <translation>هر چیز دیگر: چه کمک کرد، چه بدترش کرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>&amp;یادداشت:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>W&amp;hen:</source>
        <translation>&amp;کی:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} unit</source>
        <translation>واحد {name}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No symptom matches that. Try other words, or write it in the note.</source>
        <translation>هیچ نشانه‌ای با این جور نیست. واژه‌های دیگری امتحان کنید یا آن را در یادداشت بنویسید.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Please type a number, for example {example}.</source>
        <translation>لطفاً یک عدد بنویسید، برای نمونه {example}.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Saved in your diary.</source>
        <translation>در دفترچه‌تان ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>SymptomListModel</name>
    <message numerus="yes">
        <location filename="../tracker/ui/charts/symptom_list.py" line="+75"/>
        <source>%n entry(ies)</source>
        <extracomment>How many symptoms are ticked when the list is first filled (one panel), and at most (two panels of four lines; more panels would each be too small to read). A symptom beyond MAX_CHECKED was refused (the view says why). The person has chosen: the ticks no longer follow the period.</extracomment>
        <translation>
            <numerusform>%n یادداشت</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SymptomRow</name>
    <message>
        <location filename="../tracker/ui/diary/symptom_row.py" line="+36"/>
        <source>Why am I asked this?</source>
        <extracomment>The last question of this row was answered (the form moves focus on).</extracomment>
        <translation>چرا این را می‌پرسند؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>برداشتن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {symptom}</source>
        <translation>برداشتن {symptom}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>For example: left hip, lower back</source>
        <translation>برای نمونه: لگن چپ، پایین کمر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where?</source>
        <translation>کجا؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where is the {symptom}?</source>
        <translation>{symptom} کجاست؟</translation>
    </message>
</context>
<context>
    <name>SymptomScale</name>
    <message>
        <location filename="../tracker/ui/diary/wording.py" line="-24"/>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mild</source>
        <translation>خفیف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderate</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>severe</source>
        <translation>شدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very severe</source>
        <translation>بسیار شدید</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rarely</source>
        <translation>به‌ندرت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>occasionally</source>
        <translation>گاهی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frequently</source>
        <translation>بیشتر وقت‌ها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>almost constantly</source>
        <translation>تقریباً همیشه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not at all</source>
        <translation>اصلاً</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a little bit</source>
        <translation>کمی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>somewhat</source>
        <translation>تا حدی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>quite a bit</source>
        <translation>نسبتاً زیاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very much</source>
        <translation>خیلی زیاد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none above normal</source>
        <translation>هیچ بار بیش از حالت معمول</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 to 3 above normal</source>
        <translation>۱ تا ۳ بار بیش از حالت معمول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 to 6 above normal</source>
        <translation>۴ تا ۶ بار بیش از حالت معمول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 to 9 above normal</source>
        <translation>۷ تا ۹ بار بیش از حالت معمول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 or more above normal</source>
        <translation>۱۰ بار یا بیشتر، بیش از حالت معمول</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 to 2 times</source>
        <translation>۱ تا ۲ بار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 to 5 times</source>
        <translation>۳ تا ۵ بار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6 to 9 times</source>
        <translation>۶ تا ۹ بار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 times or more</source>
        <translation>۱۰ بار یا بیشتر</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How bad at its worst?</source>
        <translation>در بدترین حالت چقدر شدید بود؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often?</source>
        <translation>چند وقت یک بار؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much did it get in the way of daily life?</source>
        <translation>چقدر در کارهای روزانه‌تان اختلال ایجاد کرد؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the past 7 days, how bad at its worst?</source>
        <translation>در ۷ روز گذشته، در بدترین حالت چقدر شدید بود؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the past 7 days, how often?</source>
        <translation>در ۷ روز گذشته، چند وقت یک بار؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the past 7 days, how much did it get in the way of daily life?</source>
        <translation>در ۷ روز گذشته، چقدر در کارهای روزانه‌تان اختلال ایجاد کرد؟</translation>
    </message>
</context>
<context>
    <name>Symptoms</name>
    <message>
        <location filename="../tracker/ui/diary/symptom_texts.py" line="-116"/>
        <source>General</source>
        <translation>عمومی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stomach and bowel</source>
        <translation>معده و روده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mouth and throat</source>
        <translation>دهان و گلو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain</source>
        <translation>درد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brain and nerves</source>
        <translation>مغز و اعصاب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathing and chest</source>
        <translation>تنفس و قفسهٔ سینه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skin, hair and nails</source>
        <translation>پوست، مو و ناخن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hormonal and sexual</source>
        <translation>هورمونی و جنسی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood and thinking</source>
        <translation>خلق و فکر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other body changes</source>
        <translation>تغییرهای دیگر بدن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiredness (fatigue)</source>
        <translation>خستگی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling worn out or drained in a way that rest does not put right.</source>
        <translation>احساس فرسودگی یا بی‌رمقی که با استراحت برطرف نمی‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trouble sleeping</source>
        <translation>مشکل خواب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding it hard to fall asleep, waking often, or waking too early.</source>
        <translation>سخت به خواب رفتن، زیاد بیدار شدن یا خیلی زود بیدار شدن.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fever, shivers or feeling hot and cold</source>
        <translation>تب، لرز یا احساس گرما و سرما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling feverish, shaky or sweaty, with or without a high reading on a thermometer.</source>
        <translation>احساس تب، لرزش یا عرق کردن، چه دماسنج عدد بالایی نشان دهد چه نه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling generally unwell</source>
        <translation>احساس ناخوشی کلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling suddenly or generally unwell, even without a raised temperature: weak, achy, not yourself.</source>
        <translation>احساس ناخوشی ناگهانی یا کلی، حتی بدون بالا رفتن دمای بدن: ضعف، بدن‌درد، یا اینکه حالتان مثل همیشه نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swelling</source>
        <translation>تورم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puffiness in the arms, legs, ankles, hands or face.</source>
        <translation>پف کردن بازوها، پاها، مچ پا، دست‌ها یا صورت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bleeding or bruising</source>
        <translation>خونریزی یا کبودی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nosebleeds, bleeding gums, blood where it should not be, or bruises that appear easily.</source>
        <translation>خون‌دماغ، خونریزی لثه، خون در جایی که نباید باشد، یا کبودی‌هایی که آسان پدید می‌آیند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow skin or eyes</source>
        <translation>زردی پوست یا چشم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A yellow tint to the skin or the whites of the eyes, sometimes with dark pee or pale stools.</source>
        <translation>رنگ زرد پوست یا سفیدی چشم‌ها، گاهی همراه با ادرار تیره یا مدفوع کم‌رنگ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very thirsty or passing a lot of urine</source>
        <translation>تشنگی زیاد یا ادرار زیاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being unusually thirsty, needing to pee much more often, or a high sugar reading.</source>
        <translation>تشنگی غیرعادی، نیاز به ادرار کردنِ بسیار بیشتر، یا بالا بودن عدد قند خون.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems passing urine</source>
        <translation>مشکل در ادرار کردن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burning or pain when peeing, needing to go urgently, or not being able to go.</source>
        <translation>سوزش یا درد هنگام ادرار، نیاز فوری به دستشویی رفتن، یا ناتوانی در ادرار کردن.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bladder or bowel control change</source>
        <translation>تغییر در کنترل ادرار یا مدفوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New trouble passing urine, or leaking urine or poo when you could hold it before.</source>
        <translation>دشواری تازه در ادرار کردن، یا نشت ادرار یا مدفوع در حالی که پیش‌تر می‌توانستید آن را نگه دارید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling sick (nausea)</source>
        <translation>حالت تهوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A queasy feeling in the stomach, as if you might be sick.</source>
        <translation>احساس ناخوشی در معده، انگار که ممکن است بالا بیاورید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being sick (vomiting)</source>
        <translation>استفراغ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diarrhoea</source>
        <translation>اسهال</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Being sick (bringing food or liquid up). Rate how many times in the last 24 hours.</source>
        <translation>استفراغ (بالا آوردن غذا یا مایعات). امتیاز را بر پایهٔ دفعات آن در ۲۴ ساعت گذشته بدهید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loose or watery stools. Rate how many times in the last 24 hours you opened your bowels above your normal.</source>
        <translation>مدفوع شل یا آبکی. امتیاز را بر پایهٔ اینکه در ۲۴ ساعت گذشته چند بار بیش از حالت معمولتان اجابت مزاج داشتید بدهید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constipation</source>
        <translation>یبوست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stools that are hard, painful or less frequent than usual for you.</source>
        <translation>مدفوعی سفت، دردناک یا کم‌تکرارتر از حالت معمول شما.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor appetite</source>
        <translation>کم‌اشتهایی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not feeling like eating, or feeling full after a few bites.</source>
        <translation>میل نداشتن به غذا، یا سیر شدن پس از چند لقمه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes in taste</source>
        <translation>تغییر در چشایی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food tastes different, bland or metallic.</source>
        <translation>مزهٔ غذا فرق کرده، بی‌مزه یا فلزی شده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tummy pain</source>
        <translation>دل‌درد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain, cramps or discomfort in the belly.</source>
        <translation>درد، گرفتگی یا ناراحتی در شکم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sore mouth or mouth ulcers</source>
        <translation>زخم یا درد دهان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Painful spots, ulcers or redness inside the mouth or on the lips.</source>
        <translation>لکه‌های دردناک، زخم یا قرمزی درون دهان یا روی لب‌ها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sore throat or painful swallowing</source>
        <translation>گلودرد یا درد هنگام قورت دادن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A raw or painful throat, or pain when you swallow.</source>
        <translation>گلوی زخم یا دردناک، یا درد هنگام قورت دادن.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint aches</source>
        <translation>درد مفاصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aching or stiffness in joints such as knees, hips, hands or wrists.</source>
        <translation>درد یا خشکی در مفاصلی مانند زانو، لگن، دست یا مچ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muscle aches</source>
        <translation>درد عضلانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aching or tender muscles that are not from exercise.</source>
        <translation>عضلات دردناک یا حساسی که از ورزش نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bone pain</source>
        <translation>درد استخوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deep ache or sharp pain in a bone, such as the ribs, hips, spine or legs.</source>
        <translation>دردی عمیق یا تیز در استخوانی مانند دنده‌ها، لگن، ستون مهره‌ها یا پاها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back pain</source>
        <translation>کمردرد و پشت‌درد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain anywhere along the back or spine, including pain that wakes you at night.</source>
        <translation>درد در هر جای پشت یا ستون مهره‌ها، از جمله دردی که شب بیدارتان می‌کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jaw or tooth pain</source>
        <translation>درد فک یا دندان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aching in the jaw, loose teeth, or a sore area on the gums that does not heal.</source>
        <translation>درد فک، لق شدن دندان، یا جایی دردناک روی لثه که خوب نمی‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headache</source>
        <translation>سردرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain or pressure in the head.</source>
        <translation>درد یا فشار در سر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chest pain</source>
        <translation>درد قفسهٔ سینه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain, tightness or pressure in the chest.</source>
        <translation>درد، تنگی یا فشار در قفسهٔ سینه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other pain</source>
        <translation>درد دیگر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain somewhere not listed elsewhere; say where it hurts.</source>
        <translation>درد در جایی که در فهرست نیامده؛ بگویید کجا درد می‌کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dizziness</source>
        <translation>سرگیجه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling light-headed, unsteady, or as if the room is spinning.</source>
        <translation>احساس سبکی سر، ناپایداری، یا اینکه اتاق دور سرتان می‌چرخد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palpitations or fainting</source>
        <translation>تپش قلب یا غش کردن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A racing, pounding or irregular heartbeat, feeling faint, or passing out.</source>
        <translation>ضربان قلب تند، کوبنده یا نامنظم، احساس اینکه دارید غش می‌کنید، یا از هوش رفتن.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes in eyesight</source>
        <translation>تغییر در بینایی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blurred or double vision, or losing part of what you can see.</source>
        <translation>تاری یا دوبینی، یا از دست دادن بخشی از دید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confusion</source>
        <translation>گیجی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling muddled, not knowing where you are, or others noticing you are not yourself.</source>
        <translation>احساس آشفتگی، ندانستن اینکه کجا هستید، یا اینکه دیگران متوجه شوند حالتان مثل همیشه نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weakness or numbness in the legs or arms</source>
        <translation>ضعف یا بی‌حسی در پاها یا دست‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legs or arms feeling weak, heavy or numb, or trouble walking.</source>
        <translation>ضعف، سنگینی یا بی‌حسی پاها یا دست‌ها، یا دشواری در راه رفتن.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pins and needles in hands or feet</source>
        <translation>سوزن‌سوزن شدن دست‌ها یا پاها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tingling, numbness or burning in the fingers or toes.</source>
        <translation>گزگز، بی‌حسی یا سوزش در انگشتان دست یا پا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short of breath</source>
        <translation>تنگی نفس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting out of breath more easily than usual, or breathless at rest.</source>
        <translation>زودتر از معمول به نفس‌نفس افتادن، یا تنگی نفس در حال استراحت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cough</source>
        <translation>سرفه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cough that is new or will not go away.</source>
        <translation>سرفه‌ای تازه یا سرفه‌ای که از بین نمی‌رود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sore hands or feet</source>
        <translation>درد دست‌ها یا پاها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redness, swelling, peeling or soreness on the palms or soles.</source>
        <translation>قرمزی، تورم، پوسته‌پوسته شدن یا درد در کف دست یا کف پا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rash</source>
        <translation>بثورات پوستی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red, bumpy, dry or broken skin.</source>
        <translation>پوست قرمز، برجسته، خشک یا ترک‌خورده.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Itchy skin</source>
        <translation>خارش پوست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An urge to scratch that will not settle.</source>
        <translation>میل به خاراندن که آرام نمی‌گیرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hair loss or thinning</source>
        <translation>ریزش یا کم‌پشت شدن مو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Losing hair from the head or body.</source>
        <translation>ریختن موی سر یا بدن.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nail changes</source>
        <translation>تغییر در ناخن‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nails that are darker, ridged, brittle or lifting, or sore skin around them.</source>
        <translation>ناخن‌هایی تیره‌تر، شیاردار، شکننده یا جداشونده، یا پوست دردناک پیرامون آن‌ها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot flushes and sweats</source>
        <translation>گرگرفتگی و تعریق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudden waves of heat, often with sweating, by day or at night.</source>
        <translation>موج‌های ناگهانی گرما، اغلب همراه با عرق، در روز یا شب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vaginal dryness</source>
        <translation>خشکی واژن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dryness, itching or discomfort in the vagina, including during sex.</source>
        <translation>خشکی، خارش یا ناراحتی در واژن، از جمله هنگام رابطهٔ جنسی.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry or sore eyes</source>
        <translation>خشکی یا درد چشم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eyes that feel gritty, dry, watery or sore.</source>
        <translation>چشم‌هایی که احساس زبری، خشکی، آبریزش یا درد دارند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low mood</source>
        <translation>افسردگی و دل‌گرفتگی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling down, flat or tearful, or losing interest in things.</source>
        <translation>احساس غم، بی‌حوصلگی یا گریه، یا از دست دادن علاقه به چیزها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worry or anxiety</source>
        <translation>نگرانی یا اضطراب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling on edge, tense or unable to stop worrying.</source>
        <translation>احساس بی‌قراری، تنش یا ناتوانی در دست کشیدن از نگرانی.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory or concentration problems</source>
        <translation>مشکل حافظه یا تمرکز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgetting things or finding it hard to focus, sometimes called chemo brain.</source>
        <translation>فراموش کردن چیزها یا دشواری در تمرکز، که گاهی «مه مغزی شیمی‌درمانی» نامیده می‌شود.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../tracker/ui/sync/controller.py" line="+237"/>
        <source>Sharing stopped because of an unexpected problem. Lock and unlock the journal to try again.</source>
        <extracomment>A sync service writes a file in steps (temp name, rename): wait for it to settle. A run finished: the SyncReport (None when the run failed). A run started or finished (for busy indicators). A plain message for the status bar when the problems changed (&quot;&quot; when they cleared). The last run&apos;s report (None before the first run or after a failed one). Plain messages of the last run&apos;s problems (translated), as shown. Bumped at detach: a run of an earlier session reports to nobody.</extracomment>
        <translation>اشتراک‌گذاری به دلیل مشکلی پیش‌بینی‌نشده متوقف شد. برای امتحان دوباره، دفترچه را قفل کنید و دوباره قفلش را باز کنید.</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../tracker/ui/diary/entry_forms.py" line="+20"/>
        <source>I have &amp;asked this</source>
        <translation>این را &amp;پرسیده‌ام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It has been a&amp;nswered</source>
        <translation>&amp;پاسخ داده شده است</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ans&amp;wer (optional):</source>
        <translation>&amp;پاسخ (اختیاری):</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../tracker/ui/diary/timeline_model.py" line="+142"/>
        <source>When</source>
        <extracomment>A reload&apos;s pages landed: the model was reset with them. Everyone who may have entered something (the filter bar&apos;s &quot;Entered by&quot; list). A reload has landed at least once (until then the view shows neither rows nor &quot;empty&quot;). Counts reloads: a page read for an older list is dropped when it lands. The read in flight (None when none is): canFetchMore is False while there is one.</extracomment>
        <translation>کی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>چه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entered by</source>
        <translation>ثبت‌شده به‌وسیلهٔ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{kind} (deleted)</source>
        <translation>{kind} (حذف‌شده)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} · changed on two computers</source>
        <translation>{kind} · در دو رایانه تغییر کرده</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{when}, {kind}, entered by {person}: {text}</source>
        <translation>{when}، {kind}، ثبت‌شده به‌وسیلهٔ {person}: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{when}, {kind}: {text}</source>
        <translation>{when}، {kind}: {text}</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../tracker/ui/plan/timeline.py" line="+30"/>
        <source>Timeline of your lines of treatment</source>
        <extracomment>Row height and the room above the rows at normal text size (both grow with the text). Radiotherapy and procedures: one colour apart from the lines&apos; colours.</extracomment>
        <translation>خط زمانی خطوط درمان شما</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line {n}: {name}, from {start}</source>
        <translation>خط {n}: {name}، از {start}</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Your lines of treatment will appear here.</source>
        <translation>خطوط درمان شما اینجا نشان داده می‌شوند.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>{n}. {name}</source>
        <translation>{n}. {name}</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+83"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
</context>
<context>
    <name>TodayGroups</name>
    <message>
        <location filename="../tracker/ui/today/groups.py" line="+14"/>
        <location line="+4"/>
        <source>Night</source>
        <extracomment>(id, English label, first hour). A dose belongs to the last group whose hour it has reached.</extracomment>
        <translation>شب</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Morning</source>
        <translation>صبح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Midday</source>
        <translation>ظهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening</source>
        <translation>عصر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Earlier days, not marked yet</source>
        <translation>روزهای پیشین، هنوز علامت نخورده</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../tracker/ui/today/view.py" line="+75"/>
        <source>No plan yet</source>
        <extracomment>Below this width the cards stack in one column (1024×600 with the sidebar, large text). The session&apos;s plan use case: dose marks are steps of its one undo history, which the Plan&apos;s Undo takes back as well (and Ctrl+Z here takes back a Plan change).</extracomment>
        <translation>هنوز برنامه‌ای نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the treatment your team gave you. Then this page shows what is due each day, and you can tick each dose off in one click.</source>
        <translation>درمانی را که تیم درمان به شما داده بیفزایید. آن‌گاه این صفحه نشان می‌دهد هر روز چه چیزی نوبت است و می‌توانید هر نوبت را با یک کلیک علامت بزنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add my treatment plan</source>
        <translation>افزودن برنامهٔ درمانم</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Doses today</source>
        <extracomment>The dose-mark undo position when the check-in last saved (its undo is the diary&apos;s).</extracomment>
        <translation>نوبت‌های امروز</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Doses are grouped by time of day. Tick the box when a dose is taken.</source>
        <translation>&amp;نوبت‌ها بر پایهٔ زمان روز دسته‌بندی شده‌اند. وقتی نوبتی را مصرف کردید، تیک جعبه‌اش را بزنید.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Doses due today and overdue</source>
        <translation>نوبت‌های امروز و عقب‌افتاده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is due today. Enjoy the day.</source>
        <translation>امروز نوبتی ندارید. از روزتان لذت ببرید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Taken now</source>
        <translation>همین حالا مصرف شد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken at another time…</source>
        <translation>در زمان دیگری مصرف شد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>جا افتاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>رد شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by the team</source>
        <translation>به دستور تیم درمان متوقف شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the chosen dose taken now (Space)</source>
        <translation>علامت زدن نوبت برگزیده به‌عنوان مصرف‌شده در همین حالا (Space)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark every open dose of this time of day taken now (Ctrl+Shift+A)</source>
        <translation>علامت زدن همهٔ نوبت‌های علامت‌نخوردهٔ این زمان از روز به‌عنوان مصرف‌شده در همین حالا (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the chosen dose taken at a time you choose</source>
        <translation>علامت زدن نوبت برگزیده به‌عنوان مصرف‌شده در زمانی که برمی‌گزینید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the chosen dose missed (Ctrl+Shift+M)</source>
        <translation>علامت زدن نوبت برگزیده به‌عنوان جاافتاده (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the chosen dose skipped on purpose (Ctrl+Shift+K)</source>
        <translation>علامت زدن نوبت برگزیده به‌عنوان عمداً ردشده (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your team told you not to take this dose (Ctrl+Shift+H)</source>
        <translation>تیم درمان گفته این نوبت را مصرف نکنید (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>All {group} taken ({count})</source>
        <translation>همهٔ نوبت‌های {group} مصرف شد ({count})</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Next appointment: {day} {time} — {what}</source>
        <translation>نوبت بعدی: {day} {time} — {what}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Today, {day}</source>
        <translation>امروز، {day}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Marking as: {name}</source>
        <translation>علامت‌گذاری به نام: {name}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>When was it taken?</source>
        <translation>کی مصرف شد؟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date and time taken</source>
        <translation>تاریخ و ساعت مصرف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, planned for {day}</source>
        <translation>{name}، برنامه‌ریزی‌شده برای {day}</translation>
    </message>
    <message>
        <location filename="../tracker/ui/today/dose_delegate.py" line="+22"/>
        <source>Mark all taken</source>
        <translation>همه را «مصرف شد» علامت بزن</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <location filename="../tracker/ui/plan/pattern_editor.py" line="-124"/>
        <source>Unit</source>
        <extracomment>A new step&apos;s times: morning and midday, as the steroids article advises.</extracomment>
        <translation>واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>روز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weeks</source>
        <translation>هفته</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>months</source>
        <translation>ماه</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../tracker/ui/unlock/window.py" line="+37"/>
        <source>Treatment Journey</source>
        <translation>Treatment Journey</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Open your journal</source>
        <translation>دفترچه‌تان را باز کنید</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Journal:</source>
        <translation>&amp;دفترچه:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create another journal…</source>
        <translation>ساختن دفترچهٔ دیگر…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a shared journal…</source>
        <translation>باز کردن دفترچهٔ مشترک…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A journal someone shared with you through a synced folder (Ctrl+Shift+O)</source>
        <translation>دفترچه‌ای که کسی از راه یک پوشهٔ همگام‌شده با شما به اشتراک گذاشته است (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Passphrase for {name}:</source>
        <translation>&amp;گذرواژهٔ {name}:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../tracker/ui/wizard/pages.py" line="-144"/>
        <source>Create another journal</source>
        <translation>ساختن دفترچهٔ دیگر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Welcome to Treatment Journey</source>
        <translation>به Treatment Journey خوش آمدید</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Treatment Journey is a private diary for your treatment: the plan your team gave you, doses, symptoms and side effects, with plain explanations, reminders and a summary to take to clinic.</source>
        <translation>Treatment Journey دفترچه‌ای خصوصی برای درمان شماست: برنامه‌ای که تیم درمان به شما داده، نوبت‌های دارو، نشانه‌ها و عوارض جانبی، همراه با توضیحات ساده، یادآوری‌ها و خلاصه‌ای برای بردن به ویزیت پزشک.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything stays on this computer. Your journal is encrypted: without your passphrase (or your recovery key) nobody can read it, not even us.</source>
        <translation>همه چیز روی همین رایانه می‌ماند. دفترچهٔ شما رمزگذاری شده است: بدون گذرواژه (یا کلید بازیابی) شما هیچ کس نمی‌تواند آن را بخواند، حتی ما.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app records and explains. It never tells you what treatment or dose to take: your treatment team decides that.</source>
        <translation>این برنامه ثبت می‌کند و توضیح می‌دهد. هرگز به شما نمی‌گوید چه درمان یا چه مقدار دارویی مصرف کنید: این را تیم درمان شما تعیین می‌کند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A carer who looks after more than one person can keep a separate journal for each. Each journal has its own passphrase.</source>
        <translation>مراقبی که از بیش از یک نفر مراقبت می‌کند، می‌تواند برای هر کدام دفترچه‌ای جداگانه داشته باشد. هر دفترچه گذرواژهٔ خودش را دارد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did someone share their journal with you through a synced folder?</source>
        <translation>آیا کسی دفترچه‌اش را از راه یک پوشهٔ همگام‌شده با شما به اشتراک گذاشته است؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a &amp;shared journal…</source>
        <translation>باز کردن &amp;دفترچهٔ مشترک…</translation>
    </message>
</context>
<context>
    <name>WhatIsThisLink</name>
    <message>
        <location filename="../tracker/ui/common/links.py" line="+20"/>
        <source>What is this?</source>
        <translation>این چیست؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the explanation: {title}</source>
        <translation>باز کردن توضیح: {title}</translation>
    </message>
</context>
<context>
    <name>WhenPicker</name>
    <message>
        <location filename="../tracker/ui/diary/when_picker.py" line="+25"/>
        <source>When</source>
        <translation>کی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>اکنون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This morning (8:00)</source>
        <translation>امروز صبح (۸:۰۰)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This afternoon (14:00)</source>
        <translation>امروز بعدازظهر (۱۴:۰۰)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last night (23:00)</source>
        <translation>دیشب (۲۳:۰۰)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yesterday evening (19:00)</source>
        <translation>دیروز عصر (۱۹:۰۰)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another date and time</source>
        <translation>تاریخ و ساعتی دیگر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date and time</source>
        <translation>تاریخ و ساعت</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../tracker/ui/plan/drug_dialog.py" line="-6"/>
        <source>The schedule is not complete yet.</source>
        <translation>برنامهٔ مصرف هنوز کامل نیست.</translation>
    </message>
    <message>
        <location filename="../tracker/ui/plan/drugs_model.py" line="+40"/>
        <source>{start} to {end}</source>
        <translation>{start} تا {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from {start}</source>
        <translation>از {start}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} on {day}</source>
        <translation>{kind} در {day}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delayed</source>
        <translation>به تأخیر افتاد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held</source>
        <translation>متوقف شد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dose changed</source>
        <translation>مقدار تغییر کرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break</source>
        <translation>وقفه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restarted</source>
        <translation>از سر گرفته شد</translation>
    </message>
    <message>
        <location filename="../tracker/ui/plan/view.py" line="-557"/>
        <location filename="../tracker/ui/today/next_up.py" line="-74"/>
        <source>{name}: {cycle}</source>
        <translation>{name}: {cycle}</translation>
    </message>
    <message>
        <location line="+257"/>
        <source>Today, {day}</source>
        <translation>امروز، {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now on line {n}: {name}</source>
        <translation>اکنون در خط {n}: {name}</translation>
    </message>
    <message>
        <location filename="../tracker/ui/plan/local_treatment_dialog.py" line="-89"/>
        <location filename="../tracker/ui/plan/view.py" line="+8"/>
        <source>Line {n}: {name}</source>
        <translation>خط {n}: {name}</translation>
    </message>
    <message>
        <location filename="../tracker/ui/plan/view.py" line="+24"/>
        <source>From {start} to {end}. Ended: {reason}.</source>
        <translation>از {start} تا {end}. دلیل پایان: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Since {start}.</source>
        <translation>از {start}.</translation>
    </message>
    <message>
        <location filename="../tracker/ui/today/model.py" line="+84"/>
        <source>{day}, {time}</source>
        <extracomment>The group id (&quot;morning&quot; … &quot;overdue&quot;) of a row. True on the first row of a group (the delegate draws the group&apos;s heading above it). True for supportive medicines (drawn quieter than anti-cancer treatment). The second line alone (status, who entered it), for the delegate.</extracomment>
        <translation>{day}، {time}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Held by the team: do not take this dose</source>
        <translation>به دستور تیم متوقف شده: این نوبت را مصرف نکنید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue: not marked yet</source>
        <translation>عقب‌افتاده: هنوز علامت نخورده</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not marked yet</source>
        <translation>هنوز علامت نخورده</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at {time}</source>
        <translation>ساعت {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entered by {name}</source>
        <translation>ثبت‌شده به‌وسیلهٔ {name}</translation>
    </message>
    <message>
        <location filename="../tracker/ui/today/next_up.py" line="-4"/>
        <source>{name}: break week, no doses ({cycle}). The next cycle starts {day}.</source>
        <extracomment>Routes given at the clinic (or by a nurse), announced as &quot;next infusion or injection&quot;. How far ahead to look for the next clinic dose and the next cycle start. The cycle&apos;s break (after its last dose day, e.g. days 22-28 of a 21/28 cycle).</extracomment>
        <translation>{name}: هفتهٔ استراحت، بدون نوبت ({cycle}). دورهٔ بعدی {day} آغاز می‌شود.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: break week, no doses ({cycle}).</source>
        <translation>{name}: هفتهٔ استراحت، بدون نوبت ({cycle}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Today: {what} – {site}, treatment {n} of {count}</source>
        <translation>امروز: {what} – {site}، جلسهٔ {n} از {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today: {what} – {site}</source>
        <translation>امروز: {what} – {site}</translation>
    </message>
</context>
</TS>
