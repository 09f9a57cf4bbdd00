/*
 * The page editor's own save waits for a background autosave in flight.
 *
 * Without this, "Save draft" (or "Publish") pressed while Wagtail's autosave is
 * on its way sends a second request beside it. On a new page the autosave
 * creates the draft, and the editor's save, still addressed to the "add" view,
 * is refused because the slug is now taken: the editor reads "The page could
 * not be created due to validation errors" although the draft was saved. Held
 * until the autosave answers, the save goes to the page's edit view, which the
 * autosave has made the form's address, and reports what really happened.
 * After the editor's own save no autosave starts.
 */
document.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector(
    'form[data-edit-form][data-controller~="w-autosave"]',
  );
  if (!form) return;
  let autosaving = false;
  let held = null;

  const release = () => {
    autosaving = false;
    if (held === null) return;
    const { submitter } = held;
    held = null;
    // The pressed button was disabled by its progress spinner meanwhile, and a
    // disabled button sends no name: carry its action in a hidden field.
    let action = null;
    if (submitter && submitter.name) {
      action = document.createElement("input");
      action.type = "hidden";
      action.name = submitter.name;
      action.value = submitter.value;
      form.append(action);
    }
    form.requestSubmit();
    if (action) action.remove();
  };

  form.addEventListener("w-autosave:save", (event) => {
    autosaving = true;
    // A save cancelled by another listener never answers.
    window.setTimeout(() => {
      if (event.defaultPrevented) release();
    });
  });
  form.addEventListener("w-autosave:success", release);
  form.addEventListener("w-autosave:error", release);

  form.addEventListener(
    "submit",
    (event) => {
      if (autosaving) {
        event.preventDefault();
        event.stopImmediatePropagation();
        held = { submitter: event.submitter };
        return;
      }
      form.setAttribute("data-w-autosave-active-value", "false");
      // Unless another listener stops this submission after all.
      window.setTimeout(() => {
        if (event.defaultPrevented) {
          form.setAttribute("data-w-autosave-active-value", "true");
        }
      });
    },
    true,
  );
});
