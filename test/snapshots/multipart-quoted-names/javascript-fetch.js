const fileInputs = document.querySelectorAll("input[type=file]"); // the files to send, as the user picked them
const form = new FormData();
form.append("say %22hi%22", "one");
form.append("a\\b%22c%22", "two");
form.append("doc %22main%22", new File([fileInputs[0].files[0]], "upload.txt", { type: "text/plain" }));
form.append("quoted file", fileInputs[1].files[0], "q%22uote.txt");

const requestOptions = {
  method: "POST",
  body: form
};

fetch("{{baseUrl}}/upload", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
