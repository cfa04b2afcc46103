const fileInputs = document.querySelectorAll("input[type=file]"); // the files to send, as the user picked them
const form = new FormData();
form.append("name", "Ada");
form.append("tag", "a");
form.append("tag", "b");
form.append("avatar", new File([fileInputs[0].files[0]], "upload.txt", { type: "text/plain" }));

const xhr = new XMLHttpRequest();
xhr.open("PUT", "{{baseUrl}}/profile");
xhr.setRequestHeader("X-Request-Id", "42");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send(form);
