const fileInputs = document.querySelectorAll("input[type=file]"); // the files to send, as the user picked them
const file = fileInputs[0].files[0]; // "upload.txt"

const requestOptions = {
  method: "PUT",
  headers: {
    "Content-Type": "application/octet-stream"
  },
  body: file
};

fetch("{{baseUrl}}/blobs/upload.txt", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
