// The drawing canvas on the entry form: pen sizes, colours, an eraser, undo and clear,
// drawn with a finger, a pen or a mouse (pointer events). After each stroke the drawing
// is put into the form's "drawing" file field as a PNG, so sending the form sends it.
(function () {
  "use strict";

  var BACKGROUND = "#ffffff";
  var UNDO_STEPS = 30;

  function setFile(input, file) {
    var transfer = new DataTransfer();
    if (file) {
      transfer.items.add(file);
    }
    input.files = transfer.files;
  }

  function setUp(root) {
    var canvas = root.querySelector("[data-drawing-canvas]");
    var input = root.querySelector("[data-drawing-file]");
    var size = root.querySelector("[data-drawing-size]");
    var eraser = root.querySelector("[data-drawing-eraser]");
    var undo = root.querySelector("[data-drawing-undo]");
    var clear = root.querySelector("[data-drawing-clear]");
    var status = root.querySelector("[data-drawing-status]");
    var swatches = root.querySelectorAll("[data-drawing-colour]");
    var context = canvas.getContext("2d");
    // The page gives the words in the reader's language; English if it does not.
    var texts = {
      empty: root.getAttribute("data-text-empty") || "Nothing drawn yet.",
      saved: root.getAttribute("data-text-saved") || "Your drawing will be saved with the entry."
    };
    var colour = swatches.length ? swatches[0].getAttribute("data-drawing-colour") : "#000000";
    var erasing = false;
    var drawing = null;
    var history = [];

    function blank() {
      context.fillStyle = BACKGROUND;
      context.fillRect(0, 0, canvas.width, canvas.height);
    }

    function changed() {
      undo.disabled = history.length === 0;
      clear.disabled = history.length === 0;
      if (history.length === 0) {
        setFile(input, null);
        status.textContent = texts.empty;
        return;
      }
      canvas.toBlob(function (blob) {
        setFile(input, new File([blob], "drawing.png", { type: "image/png" }));
        status.textContent = texts.saved;
      }, "image/png");
    }

    function point(event) {
      var box = canvas.getBoundingClientRect();
      return {
        x: (event.clientX - box.left) * (canvas.width / box.width),
        y: (event.clientY - box.top) * (canvas.height / box.height),
      };
    }

    canvas.addEventListener("pointerdown", function (event) {
      if (event.button !== 0 && event.pointerType === "mouse") {
        return;
      }
      event.preventDefault();
      canvas.setPointerCapture(event.pointerId);
      history.push(context.getImageData(0, 0, canvas.width, canvas.height));
      if (history.length > UNDO_STEPS) {
        history.shift();
      }
      var at = point(event);
      // A pen's pressure widens the line a little; a mouse or finger reports 0.5.
      var pressure = event.pressure > 0 ? event.pressure : 0.5;
      drawing = { id: event.pointerId, last: at };
      context.lineCap = "round";
      context.lineJoin = "round";
      context.strokeStyle = erasing ? BACKGROUND : colour;
      context.lineWidth = Number(size.value) * (erasing ? 2 : 0.5 + pressure);
      context.beginPath();
      context.moveTo(at.x, at.y);
      context.lineTo(at.x + 0.01, at.y + 0.01);
      context.stroke();
    });

    canvas.addEventListener("pointermove", function (event) {
      if (!drawing || drawing.id !== event.pointerId) {
        return;
      }
      event.preventDefault();
      var at = point(event);
      context.beginPath();
      context.moveTo(drawing.last.x, drawing.last.y);
      context.lineTo(at.x, at.y);
      context.stroke();
      drawing.last = at;
    });

    function end(event) {
      if (!drawing || drawing.id !== event.pointerId) {
        return;
      }
      drawing = null;
      changed();
    }
    canvas.addEventListener("pointerup", end);
    canvas.addEventListener("pointercancel", end);

    swatches.forEach(function (swatch) {
      swatch.addEventListener("click", function () {
        colour = swatch.getAttribute("data-drawing-colour");
        erasing = false;
        eraser.setAttribute("aria-pressed", "false");
        swatches.forEach(function (other) {
          other.setAttribute("aria-pressed", other === swatch ? "true" : "false");
        });
      });
    });
    eraser.addEventListener("click", function () {
      erasing = !erasing;
      eraser.setAttribute("aria-pressed", erasing ? "true" : "false");
    });
    undo.addEventListener("click", function () {
      if (history.length) {
        context.putImageData(history.pop(), 0, 0);
        changed();
      }
    });
    clear.addEventListener("click", function () {
      history = [];
      blank();
      changed();
    });

    blank();
  }

  document.querySelectorAll("[data-drawing]").forEach(setUp);
})();
