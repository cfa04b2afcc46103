const fileInputs = document.querySelectorAll("input[type=file]"); // the files to send, as the user picked them
const form = new FormData();
form.append("name", "Ada");
form.append("tag", "a");
form.append("tag", "b");
form.append("avatar", new File([fileInputs[0].files[0]], "upload.txt", { type: "text/plain" }));

const requestOptions = {
  method: "PUT",
  headers: {
    "X-Request-Id": "42"
  },
  body: form
};

fetch("{{baseUrl}}/profile", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
