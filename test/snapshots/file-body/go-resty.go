package main

import (
	"fmt"
	"os"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	data, err := os.ReadFile("upload.txt")
	if err != nil {
		fmt.Println(err)
		return
	}

	req := client.R()
	req.Header.Add("Content-Type", "application/octet-stream")
	req.SetBody(data)

	resp, err := req.Execute("PUT", "{{baseUrl}}/blobs/upload.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
