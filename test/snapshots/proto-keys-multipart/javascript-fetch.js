const form = new FormData();
form.append("__proto__", "f1");
form.append("constructor", "f2");
form.append("prototype", "f3");
form.append("toString", "f4");

const requestOptions = {
  method: "POST",
  body: form
};

fetch("{{baseUrl}}/objects", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
