const fileInputs = document.querySelectorAll("input[type=file]"); // the files to send, as the user picked them
const form = new FormData();
form.append("description", "A text file");
form.append("document", new File([fileInputs[0].files[0]], "upload.txt", { type: "text/plain" }));
form.append("after", "file");

const config = {
  method: "POST",
  url: "{{baseUrl}}/upload",
  data: form
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
