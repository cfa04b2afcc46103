const fileInputs = document.querySelectorAll("input[type=file]"); // the files to send, as the user picked them
const file = fileInputs[0].files[0]; // "upload.txt"

const xhr = new XMLHttpRequest();
xhr.open("PUT", "{{baseUrl}}/blobs/upload.txt");
xhr.setRequestHeader("Content-Type", "application/octet-stream");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send(file);
