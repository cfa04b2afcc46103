const fileInputs = document.querySelectorAll("input[type=file]"); // the files to send, as the user picked them
const file = fileInputs[0].files[0]; // "upload.txt"

const config = {
  method: "PUT",
  url: "{{baseUrl}}/blobs/upload.txt",
  headers: {
    "Content-Type": "application/octet-stream"
  },
  data: file
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
