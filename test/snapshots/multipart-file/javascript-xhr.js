const fileInputs = document.querySelectorAll("input[type=file]"); // the files to send, as the user picked them
const form = new FormData();
form.append("description", "A text file");
form.append("document", new File([fileInputs[0].files[0]], "upload.txt", { type: "text/plain" }));
form.append("after", "file");

const xhr = new XMLHttpRequest();
xhr.open("POST", "{{baseUrl}}/upload");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send(form);
