## Surveys. Message ids must be unique across every file of a language.
## $band is one of: early (4-7), middle (8-11), teen (12-17), adult (16-25), other.

# A survey's free-text answer in the staff queue.
kind-survey = Survey answer

survey-face-1 = { $band ->
    [early] Very sad
   *[other] Very unhappy
}
survey-face-2 = { $band ->
    [early] Sad
   *[other] Unhappy
}
survey-face-3 = { $band ->
    [early] In the middle
   *[other] OK
}
survey-face-4 = Happy
survey-face-5 = Very happy
survey-answer-yes = Yes
survey-answer-no = No
survey-answer-not_sure = Not sure

## The ready-made well-being survey, in four parts.
wb-title = { $band ->
    [early] How are you?
    [adult] Your life after care
   *[other] How is life for you?
}
wb-intro = { $band ->
    [early] Some quick questions. Tap a face. A grown-up can help you.
    [middle] A few questions about you and your life. There are no right or wrong answers, and you can skip any question.
    [adult] A few questions about how things are going for you: the people around you, your home, money and what comes next. You don't give your name, and you can skip anything.
   *[other] A few questions about you, the people around you and how things are going. You don't give your name, and you can skip any question.
}
wb-part-relationships = { $band ->
    [early] People
   *[other] The people around you
}
wb-part-rights = { $band ->
    [early] Being heard
   *[other] Your rights and your say
}
wb-part-resilience = { $band ->
    [early] Feeling good
   *[other] Getting through hard times
}
wb-part-recovery = { $band ->
    [early] Feeling safe
    [adult] Home, money and the future
   *[other] Feeling safe and settled
}
wb-people-home = { $band ->
    [early] How are things with the grown-ups at home?
    [adult] How do you feel about the people who support you now?
   *[other] How do you feel about the people you live with?
}
wb-trusted-adult = { $band ->
    [early] Is there a grown-up you can tell things to?
    [adult] Is there someone you can ask for help when things go wrong, like with bills or your home?
   *[other] Is there an adult you trust and can talk to about anything?
}
wb-family-contact = { $band ->
    [early] Do you see your family?
    [adult] How do you feel about how often you see or speak to your family?
   *[other] How often do you see or speak to family you don't live with?
}
wb-family-contact-enough = { $band ->
    [early] It's OK
   *[other] About right
}
wb-family-contact-more = { $band ->
    [early] I want more
   *[other] I'd like more
}
wb-family-contact-less = { $band ->
    [early] I want less
   *[other] I'd like less
}
wb-family-contact-not-wanted = { $band ->
    [early] I don't want to
   *[other] I'd rather not see them
}
wb-listened-to = { $band ->
    [early] Do grown-ups listen to you?
    [adult] Do you feel listened to when plans are made about your life?
   *[other] Do you feel listened to when decisions are made about you?
}
wb-know-rights = { $band ->
    [early] Do you know who to tell if you are unhappy?
    [adult] Do you know what help you can get as a care leaver, like money, housing and a personal adviser?
   *[other] Do you know what to do if you are unhappy with your care, and who can help you?
}
wb-feel-good = { $band ->
    [early] What makes you happy?
   *[other] What helps you feel good? Choose as many as you like.
}
wb-feel-good-friends = Friends
wb-feel-good-sport = { $band ->
    [early] Playing
   *[other] Sport or games
}
wb-feel-good-creative = { $band ->
    [early] Drawing or music
   *[other] Music, art or making things
}
wb-feel-good-learning = { $band ->
    [early] School
    [adult] College, training or work
   *[other] School or learning
}
wb-feel-good-animals = { $band ->
    [early] Pets
   *[other] Pets or animals
}
wb-feel-good-outdoors = { $band ->
    [early] Going outside
   *[other] Being outdoors
}
wb-feel-good-faith = My faith, culture or community
wb-hard-times = { $band ->
    [early] When something is hard, do you feel OK after a bit?
    [adult] When something goes wrong, like with money or your home, how well do you get back on your feet?
   *[other] When things go wrong, how well do you get through it?
}
wb-feel-safe = { $band ->
    [early] Do you feel safe at home?
    [adult] How settled and safe do you feel in your home?
   *[other] How safe do you feel where you live?
}
wb-future = { $band ->
    [early] Are you happy most days?
    [adult] How do you feel about your money and your future?
   *[other] How do you feel about your future?
}
wb-anything-else = { $band ->
    [early] Anything else? A grown-up can write it for you.
   *[other] Is there anything else you want to tell us? You don't have to.
}

## Answering a survey (young people's pages).
surveys-title = { $band ->
    [early] Questions for you
   *[other] Surveys
}
surveys-none = There are no surveys open just now.
surveys-closes = Open until { $date }
survey-start = Start
survey-who-title = { $band ->
    [early] How old are you?
   *[other] First, about you
}
survey-who-intro = This helps us see how things are for different ages. We don't ask your name.
survey-age-legend = How old are you?
survey-care-legend = Are you
survey-care-in_care = In care now
survey-care-leaver = A care leaver
survey-care-skip = I'd rather not say
survey-progress = Question { $n } of { $total }
survey-next = Next
survey-back = Back
survey-skip = Skip this question
survey-finish = Finish
survey-saved = Each answer is saved as soon as you tap Next, so if your connection drops you can carry on from here.
survey-text-label = Your words
survey-choose-any = Choose as many as you like
survey-done-title = { $band ->
    [early] Thank you!
   *[other] Thank you for your answers
}
survey-done-body = Your answers are saved. They don't have your name on them. The team looks at everyone's answers together to see what needs to change.
survey-done-urgent = Some of what you wrote makes us worried about you. The safeguarding team has been told. If you are in danger now, get help:
survey-closed = This survey is not open just now.
survey-error-answer = Please choose an answer, or tap "Skip this question".
survey-error-who = Please choose your age.
survey-qr-title = Poster code
survey-home-link = { $band ->
    [early] Questions for you
   *[other] Answer a survey
}
survey-home-hint = A few questions, one at a time. No name needed.

## Staff: building surveys and reading results.
staff-surveys = Surveys
staff-surveys-title = Surveys
staff-surveys-new = New survey
staff-survey-status-draft = Draft
staff-survey-status-open = Open
staff-survey-status-closed = Closed
staff-survey-responses = { $count } responses
staff-survey-title-label = Title
staff-survey-slug-label = Address (letters, digits and dashes)
staff-survey-intro-label = Introduction
staff-survey-opens = Opens on
staff-survey-closes = Closes on
staff-survey-audience = Who it is for (none ticked means everyone)
staff-survey-create = Create draft
staff-survey-save = Save
staff-survey-saved = Saved.
staff-survey-publish = Publish
staff-survey-close = Close now
staff-survey-new-round = Copy to a new round
staff-survey-questions = Questions
staff-survey-add-question = Add a question
staff-survey-question-text = Question
staff-survey-question-kind = Kind
staff-survey-question-options = Options, one per line (single and multiple choice)
staff-survey-question-band = Different wording for { $band } (optional)
staff-survey-kind-faces = Five faces
staff-survey-kind-yes_no = Yes / no / not sure
staff-survey-kind-single = Single choice
staff-survey-kind-multiple = Multiple choice
staff-survey-kind-text = Free text
staff-survey-up = Move up
staff-survey-down = Move down
staff-survey-remove = Remove
staff-survey-preview = Preview as { $band }
staff-survey-results = Results
staff-survey-csv = Download CSV
staff-survey-link = Link for young people
staff-survey-locked = This survey is published: its questions can't change in a way that breaks its results. Copy it to a new round to change them.
staff-survey-overall = Everyone
staff-survey-by-band = By age band
staff-survey-by-care = By care status
staff-survey-answered = Answered
staff-survey-answer = Answer
staff-survey-count = Count
staff-survey-percent = Per cent
staff-survey-previous = Previous round
staff-survey-change = Change
staff-survey-suppressed = Counts from 1 to 4 show as "fewer than 5", and some others are hidden so they can't be worked out.
staff-survey-text-note = Free-text answers are in the queue, like feedback, where you can read and redact them.
staff-survey-unknown = Not given
