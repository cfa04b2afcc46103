const xhr = new XMLHttpRequest();
xhr.open("DELETE", "{{baseUrl}}/items");
xhr.setRequestHeader("Content-Type", "application/json");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send('{"ids": [1, 2, 3]}');
